//! Cover images: an upload is checked by its content (JPEG, PNG or WebP, not too big, not too
//! small), decoded with limits, scaled to two widths and written as new JPEG files. Re-encoding
//! also drops embedded metadata such as a camera's location. Pure: tested without a server.

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::imageops::FilterType;
use image::{DynamicImage, ImageFormat, ImageReader, Limits, RgbImage};

/// Largest upload accepted.
pub const MAX_BYTES: usize = 3 * 1024 * 1024;
/// Largest side of an image accepted for decoding.
pub const MAX_SIDE: u32 = 8000;
/// Narrowest image accepted: a cover must stay sharp across the article's column.
pub const MIN_WIDTH: u32 = 600;
/// Width of the large version (the article page).
pub const LARGE_WIDTH: u32 = 1200;
/// Width of the small version (narrow screens).
pub const SMALL_WIDTH: u32 = 600;
/// Longest alternative text.
pub const ALT_MAX: usize = 250;
/// JPEG quality of the written files.
const QUALITY: u8 = 82;

/// Why an upload was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CoverProblem {
    /// No file was chosen.
    NoFile,
    /// Larger than [`MAX_BYTES`].
    TooLarge,
    /// Not a JPEG, PNG or WebP image.
    Unsupported,
    /// Claims to be an image but cannot be read (or is absurdly large).
    Unreadable,
    /// Narrower than [`MIN_WIDTH`].
    TooNarrow,
    /// The German alternative text is missing.
    AltMissing,
    /// An alternative text is longer than [`ALT_MAX`].
    AltTooLong,
}

impl CoverProblem {
    /// The Fluent key of the explanation.
    pub fn message_key(self) -> &'static str {
        match self {
            CoverProblem::NoFile => "knowledge-cover-error-no-file",
            CoverProblem::TooLarge => "knowledge-cover-error-too-large",
            CoverProblem::Unsupported => "knowledge-cover-error-type",
            CoverProblem::Unreadable => "knowledge-cover-error-unreadable",
            CoverProblem::TooNarrow => "knowledge-cover-error-narrow",
            CoverProblem::AltMissing => "knowledge-cover-error-alt",
            CoverProblem::AltTooLong => "knowledge-cover-error-alt-long",
        }
    }

    /// The input the problem belongs to.
    pub fn field(self) -> &'static str {
        match self {
            CoverProblem::AltMissing | CoverProblem::AltTooLong => "cover_alt_de",
            _ => "cover_file",
        }
    }
}

/// A cover as stored: two JPEG files and their sizes.
#[derive(Debug, Clone)]
pub struct Cover {
    /// The large file.
    pub large: Vec<u8>,
    /// Its width.
    pub width: u32,
    /// Its height.
    pub height: u32,
    /// The small file.
    pub small: Vec<u8>,
    /// Its width.
    pub small_width: u32,
    /// Its height.
    pub small_height: u32,
}

/// Checks the alternative texts: German required, English optional; both trimmed.
pub fn check_alt(de: &str, en: &str) -> Result<(String, String), CoverProblem> {
    let (de, en) = (de.trim(), en.trim());
    if de.is_empty() {
        return Err(CoverProblem::AltMissing);
    }
    if de.chars().count() > ALT_MAX || en.chars().count() > ALT_MAX {
        return Err(CoverProblem::AltTooLong);
    }
    Ok((de.to_owned(), en.to_owned()))
}

/// Checks, decodes and scales an upload.
pub fn process(bytes: &[u8]) -> Result<Cover, CoverProblem> {
    if bytes.is_empty() {
        return Err(CoverProblem::NoFile);
    }
    if bytes.len() > MAX_BYTES {
        return Err(CoverProblem::TooLarge);
    }
    // The content decides, not the file name or the type the browser claims.
    let format = image::guess_format(bytes).map_err(|_| CoverProblem::Unsupported)?;
    if !matches!(format, ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP) {
        return Err(CoverProblem::Unsupported);
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(512 * 1024 * 1024);
    reader.limits(limits);
    let image = reader.decode().map_err(|_| CoverProblem::Unreadable)?;
    if image.width() < MIN_WIDTH {
        return Err(CoverProblem::TooNarrow);
    }
    let rgb = flatten(image);
    let (large, width, height) = scaled(&rgb, LARGE_WIDTH)?;
    let (small, small_width, small_height) = scaled(&rgb, SMALL_WIDTH)?;
    Ok(Cover {
        large,
        width,
        height,
        small,
        small_width,
        small_height,
    })
}

/// The image on white, without transparency (JPEG has none).
fn flatten(image: DynamicImage) -> RgbImage {
    let rgba = image.to_rgba8();
    let mut rgb = RgbImage::new(rgba.width(), rgba.height());
    for (out, px) in rgb.pixels_mut().zip(rgba.pixels()) {
        let alpha = u16::from(px[3]);
        for c in 0..3 {
            let blended = (u16::from(px[c]) * alpha + 255 * (255 - alpha)) / 255;
            out[c] = u8::try_from(blended).unwrap_or(255);
        }
    }
    rgb
}

/// At most `width` wide (never enlarged), as JPEG.
fn scaled(image: &RgbImage, width: u32) -> Result<(Vec<u8>, u32, u32), CoverProblem> {
    let resized = if image.width() > width {
        let height = ((u64::from(image.height()) * u64::from(width)) / u64::from(image.width())).max(1);
        let height = u32::try_from(height).unwrap_or(1);
        image::imageops::resize(image, width, height, FilterType::Triangle)
    } else {
        image.clone()
    };
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, QUALITY)
        .encode_image(&resized)
        .map_err(|_| CoverProblem::Unreadable)?;
    Ok((out, resized.width(), resized.height()))
}

#[cfg(test)]
mod tests {
    use image::{Rgba, RgbaImage};

    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let image = RgbaImage::from_pixel(width, height, Rgba([20, 90, 100, 128]));
        let mut out = Vec::new();
        DynamicImage::ImageRgba8(image)
            .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .unwrap();
        out
    }

    #[test]
    fn a_large_png_becomes_two_jpegs_of_the_right_widths() {
        let cover = process(&png(2400, 1200)).unwrap();
        assert_eq!((cover.width, cover.height), (1200, 600));
        assert_eq!((cover.small_width, cover.small_height), (600, 300));
        assert_eq!(image::guess_format(&cover.large).unwrap(), ImageFormat::Jpeg);
        assert_eq!(image::guess_format(&cover.small).unwrap(), ImageFormat::Jpeg);
    }

    #[test]
    fn a_cover_is_never_enlarged() {
        let cover = process(&png(800, 400)).unwrap();
        assert_eq!((cover.width, cover.height), (800, 400));
        assert_eq!(cover.small_width, 600);
    }

    #[test]
    fn bad_uploads_are_named() {
        assert_eq!(process(&[]).unwrap_err(), CoverProblem::NoFile);
        assert_eq!(
            process(b"just some text, not an image").unwrap_err(),
            CoverProblem::Unsupported
        );
        assert_eq!(
            process(b"GIF89a\x01\x00\x01\x00").unwrap_err(),
            CoverProblem::Unsupported
        );
        assert_eq!(process(&png(300, 300)).unwrap_err(), CoverProblem::TooNarrow);
        let mut broken = png(1000, 500);
        broken.truncate(100);
        assert_eq!(process(&broken).unwrap_err(), CoverProblem::Unreadable);
        assert_eq!(process(&vec![0u8; MAX_BYTES + 1]).unwrap_err(), CoverProblem::TooLarge);
    }

    #[test]
    fn alternative_texts_are_required_in_german_and_short() {
        assert_eq!(check_alt("  ", "x"), Err(CoverProblem::AltMissing));
        assert_eq!(check_alt(&"x".repeat(ALT_MAX + 1), ""), Err(CoverProblem::AltTooLong));
        assert_eq!(
            check_alt(" Ein Rathaus ", ""),
            Ok(("Ein Rathaus".to_owned(), String::new()))
        );
    }
}
