//! Cover images on both backends: an editor uploads an image with its description, readers see it
//! scaled with the description as alternative text, and bad uploads are refused with their reason.

use std::io::Cursor;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use image::{DynamicImage, ImageFormat, Rgb, RgbImage};
use sea_query::{Expr, ExprTrait, Query};
use uuid::Uuid;
use weltoffen_knowledge::content::shipped;
use weltoffen_knowledge::schema::KnowledgeArticles;
use weltoffen_knowledge::seed::seed;
use weltoffen_platform::web::cookies::LANG_COOKIE;

use crate::support::{TestApp, TestResponse, on_every_backend};

const SLUG: &str = "integrationskonzept-in-12-schritten";

fn png(width: u32, height: u32) -> Vec<u8> {
    let image = RgbImage::from_pixel(width, height, Rgb([11, 85, 99]));
    let mut out = Vec::new();
    DynamicImage::ImageRgb8(image)
        .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
        .unwrap();
    out
}

async fn article_id(app: &TestApp) -> Uuid {
    let query = Query::select()
        .column(KnowledgeArticles::Id)
        .from(KnowledgeArticles::Table)
        .and_where(Expr::col(KnowledgeArticles::Slug).eq(SLUG))
        .to_owned();
    let (id,): (Uuid,) = app.state.db.fetch_optional(&query).await.unwrap().unwrap();
    id
}

/// A multipart upload as a browser sends it.
async fn upload(app: &TestApp, id: Uuid, actor: &str, file: &[u8], alt_de: &str, alt_en: &str) -> TestResponse {
    let boundary = "----weltoffen-test";
    let mut body: Vec<u8> = Vec::new();
    let mut text = |name: &str, value: &str| {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes(),
        );
    };
    text("csrf", &app.csrf);
    text("cover_alt_de", alt_de);
    text("cover_alt_en", alt_en);
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"cover_file\"; filename=\"bild.png\"\r\nContent-Type: image/png\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let session = app.session(actor).await;
    let cookie = app.cookies(session.as_deref(), "");
    let request = Request::builder()
        .method(Method::POST)
        .uri(format!("/redaktion/beitraege/{id}/titelbild"))
        .header(header::COOKIE, cookie)
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .header("sec-fetch-site", "same-origin")
        .body(Body::from(body))
        .unwrap();
    app.send(request).await
}

fn image_path(body: &str, size: &str) -> String {
    let at = body.find("/magazin/bild/").expect("an image address");
    let path: String = body[at..].split(['"', ' ']).next().unwrap().to_owned();
    path.replace("gross.jpg", size).replace("klein.jpg", size)
}

#[tokio::test]
async fn an_editor_uploads_a_cover_that_readers_see_with_its_description() {
    on_every_backend(|app| async move {
        let label = app.label.clone();
        seed(&app.state.db, &shipped().unwrap()).await.unwrap();
        let id = article_id(&app).await;

        // Refusals: a clear reason, nothing stored, the description kept.
        let no_alt = upload(&app, id, "editor", &png(1600, 800), "  ", "").await;
        assert_eq!(no_alt.status, StatusCode::UNPROCESSABLE_ENTITY, "[{label}]");
        assert!(no_alt.body.contains("Bitte beschreiben Sie das Bild"), "[{label}]");
        let not_image = upload(&app, id, "editor", b"Name;Amt\nA;B\n", "Ein Rathaus", "").await;
        assert_eq!(not_image.status, StatusCode::UNPROCESSABLE_ENTITY, "[{label}]");
        assert!(not_image.body.contains("kein JPEG-, PNG- oder WebP-Bild"));
        assert!(
            not_image.body.contains(">Ein Rathaus</textarea>"),
            "[{label}] the description stays"
        );
        let narrow = upload(&app, id, "editor", &png(300, 200), "Ein Rathaus", "").await;
        assert!(narrow.body.contains("zu schmal"), "[{label}]");
        let nothing = upload(&app, id, "editor", &[], "Ein Rathaus", "").await;
        assert!(
            nothing.body.contains("Bitte wählen Sie eine Bilddatei aus"),
            "[{label}]"
        );
        let by_member = upload(&app, id, "member-a", &png(1600, 800), "Ein Rathaus", "").await;
        assert_eq!(by_member.status, StatusCode::FORBIDDEN, "[{label}]");
        assert_eq!(app.count("knowledge_covers").await, 0);

        let saved = upload(
            &app,
            id,
            "editor",
            &png(1600, 800),
            "Menschen an einem Tisch im Sitzungssaal",
            "People at a table in the council chamber",
        )
        .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "[{label}] {}", saved.body);
        weltoffen_knowledge::cache::sync_once(&app.state).await.unwrap();
        let page = app.get(&format!("/magazin/{SLUG}"), None).await;
        assert!(
            page.body.contains("alt=\"Menschen an einem Tisch im Sitzungssaal\""),
            "[{label}]"
        );
        assert!(
            page.body.contains("width=\"1200\" height=\"600\""),
            "[{label}] scaled to 1200 wide"
        );
        assert!(page.body.contains("klein.jpg 600w"));
        assert!(
            page.body.contains("<meta property=\"og:image\" content=\"http"),
            "[{label}] link previews"
        );
        let english = app
            .get_with(&format!("/magazin/{SLUG}"), None, &format!("{LANG_COOKIE}=en"))
            .await;
        assert!(
            english
                .body
                .contains("alt=\"People at a table in the council chamber\""),
            "[{label}]"
        );

        let large = app.get(&image_path(&page.body, "gross.jpg"), None).await;
        assert_eq!(large.status, StatusCode::OK, "[{label}]");
        assert_eq!(large.headers.get(header::CONTENT_TYPE).unwrap(), "image/jpeg");
        assert!(
            large
                .headers
                .get(header::CACHE_CONTROL)
                .unwrap()
                .to_str()
                .unwrap()
                .contains("immutable")
        );
        let small = app.get(&image_path(&page.body, "klein.jpg"), None).await;
        assert_eq!(small.status, StatusCode::OK);
        assert_eq!(
            app.get(&image_path(&page.body, "riesig.jpg"), None).await.status,
            StatusCode::NOT_FOUND
        );

        // Removed: gone from the page and the address.
        let removed = app
            .post_as(&format!("/redaktion/beitraege/{id}/titelbild/entfernen"), &[], "editor")
            .await;
        assert_eq!(removed.status, StatusCode::SEE_OTHER, "[{label}]");
        weltoffen_knowledge::cache::sync_once(&app.state).await.unwrap();
        assert!(
            !app.get(&format!("/magazin/{SLUG}"), None)
                .await
                .body
                .contains("/magazin/bild/")
        );
        assert_eq!(
            app.get(&image_path(&page.body, "gross.jpg"), None).await.status,
            StatusCode::NOT_FOUND
        );
    })
    .await;
}
