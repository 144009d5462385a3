//! The binary as an operator uses it: user and token creation, municipalities, backup, serve.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_weltoffen");

fn run(data_dir: &Path, db: &str, args: &[&str], stdin: &str) -> (bool, String, String) {
    let mut child = Command::new(BIN)
        .args(args)
        .arg("--data-dir")
        .arg(data_dir)
        .arg("--database-url")
        .arg(db)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn http_get(address: &str, path: &str, header: &str) -> String {
    let mut stream = TcpStream::connect(address).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\n{header}Connection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response
}

#[tokio::test]
async fn operator_commands_work_on_both_backends() {
    for db in weltoffen_testkit::backends().await {
        let dir = weltoffen_testkit::TempDir::new("weltoffen-cli").unwrap();
        let d = dir.path();
        let url = db.url();
        let label = db.backend();

        let (ok, out, err) = run(d, url, &["migrate"], "");
        assert!(ok, "[{label}] migrate: {err}");
        assert!(out.contains("migrations applied"));

        let create = [
            "user",
            "create",
            "--email",
            "ops@test.example",
            "--name",
            "Olga Operator",
            "--password-stdin",
            "--admin",
        ];
        let (ok, _, err) = run(d, url, &create, "sehr-geheim-123\n");
        assert!(ok, "[{label}] user create: {err}");
        let (ok, _, err) = run(d, url, &create, "sehr-geheim-123\n");
        assert!(!ok && err.contains("exists already"), "[{label}] duplicate: {err}");
        let (ok, _, err) = run(
            d,
            url,
            &[
                "user",
                "create",
                "--email",
                "kurz@test.example",
                "--name",
                "K",
                "--password-stdin",
            ],
            "kurz\n",
        );
        assert!(!ok && err.contains("password"), "[{label}] short password: {err}");
        let member = [
            "user",
            "create",
            "--email",
            "m@test.example",
            "--name",
            "M",
            "--password-stdin",
            "--municipality",
            "12072",
            "--role",
            "member",
        ];
        let (ok, _, err) = run(d, url, &member, "sehr-geheim-456\n");
        assert!(ok, "[{label}] member: {err}");
        let (ok, _, err) = run(
            d,
            url,
            &[
                "user",
                "create",
                "--email",
                "x@test.example",
                "--name",
                "X",
                "--password-stdin",
                "--municipality",
                "1207",
                "--role",
                "member",
            ],
            "sehr-geheim-456\n",
        );
        assert!(!ok && err.contains("AGS"), "[{label}] malformed AGS: {err}");

        let (ok, out, err) = run(
            d,
            url,
            &["token", "create", "--email", "ops@test.example", "--name", "Skript"],
            "",
        );
        assert!(ok, "[{label}] token: {err}");
        let token = out.lines().last().unwrap();
        assert!(
            token.starts_with("wo_") && token.len() > 40,
            "token alone on the last line: {out:?}"
        );
        let (ok, _, err) = run(d, url, &["token", "create", "--email", "niemand@test.example"], "");
        assert!(!ok && err.contains("no account"), "{err}");

        let (ok, _, err) = run(
            d,
            url,
            &[
                "municipality",
                "add",
                "--ags",
                "12072240",
                "--name",
                "Ludwigsfelde",
                "--population",
                "28000",
            ],
            "",
        );
        assert!(ok, "[{label}] add Gemeinde: {err}");
        let (ok, _, err) = run(
            d,
            url,
            &["municipality", "add", "--ags", "12072240", "--name", "Ludwigsfelde"],
            "",
        );
        assert!(!ok && err.contains("exists already"), "{err}");

        let backup = d.join("copy.db");
        let (ok, out, err) = run(d, url, &["backup", backup.to_str().unwrap()], "");
        match label {
            weltoffen_testkit::TestBackend::Sqlite => {
                assert!(ok, "backup: {err}");
                assert!(out.contains("backup written"));
                assert!(std::fs::metadata(&backup).unwrap().len() > 10_000);
            }
            weltoffen_testkit::TestBackend::Postgres => assert!(!ok && err.contains("pg_dump"), "{err}"),
        }
    }
}

#[test]
fn serve_seeds_the_demo_prints_logins_answers_and_stops_gracefully() {
    let dir = weltoffen_testkit::TempDir::new("weltoffen-serve").unwrap();
    let mut child = Command::new(BIN)
        .args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut logins = Vec::new();
    let mut address = None;
    let deadline = Instant::now() + Duration::from_secs(60);
    while address.is_none() && Instant::now() < deadline {
        let line = lines.next().unwrap().unwrap();
        if let Some(rest) = line.strip_prefix("demo-login ") {
            logins.push(rest.to_owned());
        }
        if let Some(a) = line.strip_prefix("weltoffen listening on http://") {
            address = Some(a.to_owned());
        }
    }
    let address = address.expect("server did not start");
    assert_eq!(logins.len(), 5, "{logins:?}");
    assert!(logins.iter().any(|l| l.starts_with("admin admin@weltoffen.example ")));
    let health = http_get(&address, "/healthz", "");
    assert!(health.starts_with("HTTP/1.1 200"), "{health}");
    let home = http_get(&address, "/", "");
    assert!(home.contains("<html lang=\"de\">"));
    // The shipped magazine is seeded with the platform, its checklist readable by everybody.
    let checklist = http_get(&address, "/magazin/integrationskonzept-in-12-schritten", "");
    assert!(checklist.starts_with("HTTP/1.1 200"), "{checklist}");
    assert!(checklist.contains("<h1>Integrationskonzept in 12 Schritten</h1>"));
    let metrics = http_get(&address, "/metrics", "");
    assert!(metrics.contains("http_requests_total"), "{metrics}");
    assert!(dir.path().join("session.key").exists() && dir.path().join("master.key").exists());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("master.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let status = Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .status()
        .unwrap();
    assert!(status.success());
    let exit = child.wait().unwrap();
    assert!(exit.success(), "graceful shutdown exits 0: {exit:?}");
    // A second start on the same data prints no demo logins again.
    let out = Command::new(BIN)
        .args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut child = out;
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    assert!(first.starts_with("weltoffen listening on"), "{first}");
    let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
    let _ = child.wait();
}
