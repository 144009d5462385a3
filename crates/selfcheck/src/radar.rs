//! An accessible radar chart of field scores (0–100) as hand-written SVG: `role="img"` named by its
//! `<title>` and `<desc>`, grid rings at 25/50/75/100, wrapped axis labels kept inside the viewBox,
//! the current series filled, the previous one dashed and a benchmark dotted, so the series differ
//! by line style and marker shape, not by colour alone. Pure and deterministic; the same numbers
//! belong in a table beside the chart.

use std::f64::consts::PI;
use std::fmt::Write;

/// Radius of the 100 ring in SVG units.
pub const RADIUS: f64 = 150.0;
/// Distance of the axis labels beyond the 100 ring.
const LABEL_GAP: f64 = 16.0;
/// Font size of the axis labels.
const LABEL_FONT: f64 = 15.0;
/// Font size of the ring values.
const RING_FONT: f64 = 12.0;
/// Characters per label line before it wraps.
pub const LABEL_LINE_CHARS: usize = 16;
/// A rough average glyph width as a share of the font size, generous so labels are never cut.
const GLYPH_WIDTH: f64 = 0.6;
const PADDING: f64 = 6.0;

const CURRENT_COLOUR: &str = "#0b5563";
const PREVIOUS_COLOUR: &str = "#1a1f24";
const BENCHMARK_COLOUR: &str = "#a35200";
const GRID_COLOUR: &str = "#b1bcc0";
const TEXT_COLOUR: &str = "#1a1f24";
const MUTED_TEXT_COLOUR: &str = "#4f5b60";

/// The series a chart can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeriesKind {
    /// This round: filled, solid line, round markers.
    Current,
    /// The previous round: dashed line, square markers.
    Previous,
    /// The benchmark: dotted line, diamond markers.
    Benchmark,
}

impl SeriesKind {
    fn class(self) -> &'static str {
        match self {
            SeriesKind::Current => "radar__current",
            SeriesKind::Previous => "radar__previous",
            SeriesKind::Benchmark => "radar__benchmark",
        }
    }
    fn stroke(self) -> &'static str {
        match self {
            SeriesKind::Current => CURRENT_COLOUR,
            SeriesKind::Previous => PREVIOUS_COLOUR,
            SeriesKind::Benchmark => BENCHMARK_COLOUR,
        }
    }
    fn line_attributes(self) -> &'static str {
        match self {
            SeriesKind::Current => r#"stroke-width="3""#,
            SeriesKind::Previous => r#"stroke-width="2" stroke-dasharray="8 5""#,
            SeriesKind::Benchmark => r#"stroke-width="2.5" stroke-dasharray="1 5" stroke-linecap="round""#,
        }
    }
}

/// What to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct RadarChart {
    /// Prefix of the element ids, unique on the page.
    pub id: String,
    /// Short name of the chart (`<title>`).
    pub title: String,
    /// The chart in words (`<desc>`): every axis with its values.
    pub desc: String,
    /// One label per axis, clockwise from the top.
    pub labels: Vec<String>,
    /// This round's values, one per axis (`None` where there is no score).
    pub current: Vec<Option<f64>>,
    /// The previous round's values, if there is one.
    pub previous: Option<Vec<Option<f64>>>,
    /// The benchmark's values, if shown.
    pub benchmark: Option<Vec<Option<f64>>>,
}

pub use weltoffen_platform::xml::escape;

/// The angle of axis `index` of `count`, clockwise from the top, in radians.
pub fn angle(index: usize, count: usize) -> f64 {
    -PI / 2.0 + 2.0 * PI * index as f64 / count.max(1) as f64
}

/// The point of `value` (0–100, clamped) on axis `index` of `count`, relative to the centre.
pub fn point(index: usize, count: usize, value: f64) -> (f64, f64) {
    let r = RADIUS * value.clamp(0.0, 100.0) / 100.0;
    let a = angle(index, count);
    (r * a.cos(), r * a.sin())
}

// One decimal is plenty for the eye and keeps the output stable; "-0.0" is normalised.
/// A coordinate to one decimal. Integer arithmetic instead of `{:.1}`: exact float formatting
/// was a tenth of a results page's time.
fn num(v: f64) -> String {
    let mut out = String::with_capacity(8);
    push_num(&mut out, v);
    out
}

fn push_num(out: &mut String, v: f64) {
    use std::fmt::Write;
    let tenths = (v * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let abs = tenths.unsigned_abs();
    let _ = write!(out, "{sign}{}.{}", abs / 10, abs % 10);
}

fn points_attr(points: &[(f64, f64)]) -> String {
    let mut out = String::with_capacity(points.len() * 12);
    for (i, (x, y)) in points.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        push_num(&mut out, *x);
        out.push(',');
        push_num(&mut out, *y);
    }
    out
}

/// Wraps a label into lines of about `max_chars`, at spaces; a word longer than that stays whole.
pub fn wrap_label(label: &str, max_chars: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in label.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= max_chars => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// An axis label laid out: anchor, first baseline, lines.
struct Label {
    x: f64,
    y: f64,
    anchor: &'static str,
    lines: Vec<String>,
}

impl Label {
    fn line_height() -> f64 {
        LABEL_FONT * 1.2
    }
    /// (min x, min y, max x, max y) of the text, estimated.
    fn bounds(&self) -> (f64, f64, f64, f64) {
        let width = self
            .lines
            .iter()
            .map(|l| l.chars().count() as f64 * LABEL_FONT * GLYPH_WIDTH)
            .fold(0.0, f64::max);
        let (left, right) = match self.anchor {
            "start" => (self.x, self.x + width),
            "end" => (self.x - width, self.x),
            _ => (self.x - width / 2.0, self.x + width / 2.0),
        };
        let top = self.y - LABEL_FONT;
        let bottom = self.y + Label::line_height() * (self.lines.len().max(1) - 1) as f64 + LABEL_FONT * 0.3;
        (left, top, right, bottom)
    }
}

fn layout_label(index: usize, count: usize, text: &str) -> Label {
    let a = angle(index, count);
    let (cos, sin) = (a.cos(), a.sin());
    let r = RADIUS + LABEL_GAP;
    let (x, y) = (r * cos, r * sin);
    let lines = wrap_label(text, LABEL_LINE_CHARS);
    let anchor = if cos.abs() < 0.2 {
        "middle"
    } else if cos > 0.0 {
        "start"
    } else {
        "end"
    };
    let block = Label::line_height() * (lines.len().max(1) - 1) as f64;
    // Labels above the centre grow upwards, those below grow downwards, those at the side are
    // centred on their axis.
    let first_baseline = if sin < -0.5 {
        y - block
    } else if sin > 0.5 {
        y + LABEL_FONT * 0.8
    } else {
        y - block / 2.0 + LABEL_FONT * 0.35
    };
    Label {
        x,
        y: first_baseline,
        anchor,
        lines,
    }
}

fn marker(kind: SeriesKind, (x, y): (f64, f64)) -> String {
    let colour = kind.stroke();
    match kind {
        SeriesKind::Current => format!(r#"<circle cx="{}" cy="{}" r="4.5" fill="{colour}"/>"#, num(x), num(y)),
        SeriesKind::Previous => format!(
            r##"<rect x="{}" y="{}" width="8" height="8" fill="#ffffff" stroke="{colour}" stroke-width="2"/>"##,
            num(x - 4.0),
            num(y - 4.0)
        ),
        SeriesKind::Benchmark => {
            let d = 5.5;
            format!(
                r#"<polygon points="{}" fill="{colour}"/>"#,
                points_attr(&[(x, y - d), (x + d, y), (x, y + d), (x - d, y)])
            )
        }
    }
}

/// Runs of consecutive axes that have a value, going round the chart; a missing value breaks the
/// line, so a gap is never drawn as a score of 0.
fn runs(values: &[Option<f64>]) -> Vec<Vec<usize>> {
    let n = values.len();
    if values.iter().all(Option::is_some) {
        return vec![(0..n).collect()];
    }
    let Some(start) = (0..n).find(|&i| values[i].is_none()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut run = Vec::new();
    for step in 1..=n {
        let i = (start + step) % n;
        if values[i].is_some() {
            run.push(i);
        } else if !run.is_empty() {
            out.push(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        out.push(run);
    }
    out
}

fn series(out: &mut String, kind: SeriesKind, values: &[Option<f64>]) {
    let n = values.len();
    let _ = write!(out, r#"<g class="{}">"#, kind.class());
    if kind == SeriesKind::Current && values.iter().any(Option::is_some) {
        // The fill treats a missing value as 0 so the shape stays closed; the outline below leaves
        // the gap open and the description names the field as not scored.
        let all: Vec<(f64, f64)> = (0..n).map(|i| point(i, n, values[i].unwrap_or(0.0))).collect();
        let _ = write!(
            out,
            r#"<polygon class="radar__area" points="{}" fill="{CURRENT_COLOUR}" fill-opacity="0.2" stroke="none"/>"#,
            points_attr(&all)
        );
    }
    let closed = values.iter().all(Option::is_some);
    for run in runs(values) {
        let pts: Vec<(f64, f64)> = run.iter().map(|&i| point(i, n, values[i].unwrap_or(0.0))).collect();
        if pts.len() < 2 {
            continue;
        }
        let element = if closed { "polygon" } else { "polyline" };
        let _ = write!(
            out,
            r#"<{element} class="radar__line" points="{}" fill="none" stroke="{}" {} stroke-linejoin="round"/>"#,
            points_attr(&pts),
            kind.stroke(),
            kind.line_attributes()
        );
    }
    for (i, v) in values.iter().enumerate() {
        if let Some(v) = v {
            out.push_str(&marker(kind, point(i, n, *v)));
        }
    }
    out.push_str("</g>");
}

/// The chart as an inline SVG element.
pub fn svg(chart: &RadarChart) -> String {
    let n = chart.labels.len();
    let labels: Vec<Label> = chart
        .labels
        .iter()
        .enumerate()
        .map(|(i, l)| layout_label(i, n, l))
        .collect();
    let (mut min_x, mut min_y, mut max_x, mut max_y) = (-RADIUS, -RADIUS, RADIUS, RADIUS);
    for l in &labels {
        let (a, b, c, d) = l.bounds();
        min_x = min_x.min(a);
        min_y = min_y.min(b);
        max_x = max_x.max(c);
        max_y = max_y.max(d);
    }
    let (vx, vy) = ((min_x - PADDING).floor(), (min_y - PADDING).floor());
    let (vw, vh) = ((max_x + PADDING).ceil() - vx, (max_y + PADDING).ceil() - vy);
    let id = escape(&chart.id);
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg class="radar__chart" xmlns="http://www.w3.org/2000/svg" viewBox="{vx} {vy} {vw} {vh}" width="{vw}" height="{vh}" role="img" aria-labelledby="{id}-title {id}-desc" font-family="system-ui, sans-serif">"#
    );
    let _ = write!(out, r#"<title id="{id}-title">{}</title>"#, escape(&chart.title));
    let _ = write!(out, r#"<desc id="{id}-desc">{}</desc>"#, escape(&chart.desc));
    out.push_str(r#"<g class="radar__grid">"#);
    for ring in [25.0, 50.0, 75.0, 100.0] {
        let pts: Vec<(f64, f64)> = (0..n).map(|i| point(i, n, ring)).collect();
        let width = if ring == 100.0 { "1.5" } else { "1" };
        let _ = write!(
            out,
            r#"<polygon points="{}" fill="none" stroke="{GRID_COLOUR}" stroke-width="{width}"/>"#,
            points_attr(&pts)
        );
    }
    for i in 0..n {
        let (x, y) = point(i, n, 100.0);
        let _ = write!(
            out,
            r#"<line x1="0" y1="0" x2="{}" y2="{}" stroke="{GRID_COLOUR}" stroke-width="1"/>"#,
            num(x),
            num(y)
        );
    }
    out.push_str("</g>");
    if let Some(benchmark) = &chart.benchmark {
        series(&mut out, SeriesKind::Benchmark, benchmark);
    }
    if let Some(previous) = &chart.previous {
        series(&mut out, SeriesKind::Previous, previous);
    }
    series(&mut out, SeriesKind::Current, &chart.current);
    // Ring values last, so no line crosses them; beside the top axis, which no series hides.
    let _ = write!(
        out,
        r#"<g class="radar__rings" font-size="{RING_FONT}" fill="{MUTED_TEXT_COLOUR}">"#
    );
    for ring in [25, 50, 75, 100] {
        let y = -RADIUS * f64::from(ring) / 100.0;
        let _ = write!(out, r#"<text x="4" y="{}">{ring}</text>"#, num(y - 3.0));
    }
    out.push_str("</g>");
    let _ = write!(
        out,
        r#"<g class="radar__labels" font-size="{LABEL_FONT}" fill="{TEXT_COLOUR}">"#
    );
    for l in &labels {
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" text-anchor="{}">"#,
            num(l.x),
            num(l.y),
            l.anchor
        );
        for (k, line) in l.lines.iter().enumerate() {
            if k == 0 {
                let _ = write!(out, r#"<tspan x="{}">{}</tspan>"#, num(l.x), escape(line));
            } else {
                let _ = write!(
                    out,
                    r#"<tspan x="{}" dy="{}">{}</tspan>"#,
                    num(l.x),
                    num(Label::line_height()),
                    escape(line)
                );
            }
        }
        out.push_str("</text>");
    }
    out.push_str("</g></svg>");
    out
}

/// A small sample of a series' line and marker for a legend (decorative: the legend's text says it).
pub fn swatch(kind: SeriesKind) -> String {
    let mut out = String::from(
        r#"<svg class="radar__swatch" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 44 16" width="44" height="16" aria-hidden="true" focusable="false">"#,
    );
    // The same classes as in the chart, so forced-colours rules style both alike.
    let _ = write!(out, r#"<g class="{}">"#, kind.class());
    if kind == SeriesKind::Current {
        let _ = write!(
            out,
            r#"<rect class="radar__area" x="1" y="2" width="42" height="12" fill="{CURRENT_COLOUR}" fill-opacity="0.2"/>"#
        );
    }
    let _ = write!(
        out,
        r#"<line class="radar__line" x1="2" y1="8" x2="42" y2="8" stroke="{}" {}/>"#,
        kind.stroke(),
        kind.line_attributes()
    );
    out.push_str(&marker(kind, (22.0, 8.0)));
    out.push_str("</g></svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_have_one_decimal_and_no_negative_zero() {
        assert_eq!(num(2.345), "2.3");
        assert_eq!(num(2.96), "3.0");
        assert_eq!(num(-1.26), "-1.3");
        assert_eq!(num(-0.04), "0.0");
        assert_eq!(num(0.0), "0.0");
        assert_eq!(num(280.0), "280.0");
        assert_eq!(points_attr(&[(1.0, -2.5), (0.04, 10.06)]), "1.0,-2.5 0.0,10.1");
    }

    fn chart(current: Vec<Option<f64>>) -> RadarChart {
        RadarChart {
            id: "radar".into(),
            title: "Ergebnis".into(),
            desc: "Beschreibung".into(),
            labels: (1..=current.len()).map(|i| format!("Feld {i}")).collect(),
            current,
            previous: None,
            benchmark: None,
        }
    }

    fn close(a: (f64, f64), b: (f64, f64)) -> bool {
        (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9
    }

    #[test]
    fn points_lie_on_their_axes_clockwise_from_the_top() {
        assert!(close(point(0, 7, 100.0), (0.0, -RADIUS)));
        assert!(close(point(0, 7, 50.0), (0.0, -RADIUS / 2.0)));
        assert!(close(point(3, 7, 0.0), (0.0, 0.0)));
        let a = -PI / 2.0 + 2.0 * PI / 7.0;
        assert!(close(
            point(1, 7, 62.0),
            (0.62 * RADIUS * a.cos(), 0.62 * RADIUS * a.sin())
        ));
        // The second axis points right and up, the fourth right and down.
        assert!(point(1, 7, 100.0).0 > 0.0 && point(1, 7, 100.0).1 < 0.0);
        assert!(point(3, 7, 100.0).1 > 0.0);
        // Values outside 0–100 are clamped.
        assert!(close(point(0, 4, 150.0), (0.0, -RADIUS)));
        assert!(close(point(2, 4, 100.0), (0.0, RADIUS)));
    }

    #[test]
    fn known_scores_give_the_expected_polygon() {
        let svg = svg(&chart(vec![Some(100.0), Some(50.0), Some(0.0), Some(50.0)]));
        // Four axes: top, right, bottom, left.
        assert!(
            svg.contains(r#"points="0.0,-150.0 75.0,0.0 0.0,0.0 -75.0,0.0""#),
            "{svg}"
        );
        assert!(svg.contains(r#"<circle cx="0.0" cy="-150.0""#));
    }

    #[test]
    fn the_svg_is_an_image_named_by_its_title_and_description() {
        let svg = svg(&chart(vec![Some(10.0); 7]));
        assert!(svg.starts_with("<svg "));
        assert!(svg.contains(r#"role="img""#));
        assert!(svg.contains(r#"aria-labelledby="radar-title radar-desc""#));
        assert!(svg.contains(r#"<title id="radar-title">Ergebnis</title>"#));
        assert!(svg.contains(r#"<desc id="radar-desc">Beschreibung</desc>"#));
        for ring in ["25", "50", "75", "100"] {
            assert!(svg.contains(&format!(">{ring}</text>")), "ring {ring}");
        }
        assert!(svg.ends_with("</svg>"));
    }

    #[test]
    fn text_is_escaped() {
        let mut c = chart(vec![Some(1.0), Some(2.0), Some(3.0)]);
        c.title = r#"A<&"B"#.into();
        c.desc = "x > y 'z'".into();
        c.labels[0] = "Öffnung & <Vielfalt>".into();
        c.id = r#"r"1"#.into();
        let svg = svg(&c);
        assert!(svg.contains("A&lt;&amp;&quot;B"));
        assert!(svg.contains("x &gt; y &#39;z&#39;"));
        assert!(svg.contains("Öffnung &amp;"));
        assert!(svg.contains("&lt;Vielfalt&gt;"));
        assert!(svg.contains(r#"id="r&quot;1-title""#));
        assert!(!svg.contains("<Vielfalt>") && !svg.contains(r#"A<&"#));
    }

    #[test]
    fn output_is_deterministic() {
        let mut c = chart(vec![
            Some(33.3),
            None,
            Some(66.6),
            Some(80.0),
            Some(12.0),
            Some(50.0),
            Some(99.0),
        ]);
        c.previous = Some(vec![Some(20.0); 7]);
        assert_eq!(svg(&c), svg(&c));
    }

    #[test]
    fn series_differ_by_line_style_and_marker_shape() {
        let mut c = chart(vec![Some(60.0); 7]);
        c.previous = Some(vec![Some(40.0); 7]);
        c.benchmark = Some(vec![Some(50.0); 7]);
        let svg = svg(&c);
        assert!(svg.contains(r#"<g class="radar__current">"#));
        assert!(svg.contains(r#"stroke-dasharray="8 5""#));
        assert!(svg.contains(r#"stroke-dasharray="1 5""#));
        assert_eq!(svg.matches("<circle").count(), 7);
        assert_eq!(svg.matches("<rect").count(), 7);
        // The benchmark comes first so the current round is drawn on top.
        assert!(svg.find("radar__benchmark").unwrap() < svg.find("radar__current").unwrap());
        assert!(swatch(SeriesKind::Previous).contains(r#"aria-hidden="true""#));
    }

    #[test]
    fn a_missing_value_breaks_the_line_and_has_no_marker() {
        let values = vec![Some(50.0), None, Some(50.0), Some(50.0), Some(50.0)];
        assert_eq!(runs(&values), vec![vec![2, 3, 4, 0]]);
        assert_eq!(runs(&[None, None]), Vec::<Vec<usize>>::new());
        assert_eq!(runs(&[Some(1.0), None, Some(1.0), None]), vec![vec![2], vec![0]]);
        let svg = svg(&chart(values));
        assert_eq!(svg.matches("<circle").count(), 4);
        assert!(svg.contains("<polyline"));
        // The fill still closes through the centre.
        assert!(svg.contains(r#"class="radar__area""#) && svg.contains(" 0.0,0.0 "));
        let empty = super::svg(&chart(vec![None; 7]));
        assert!(!empty.contains("radar__area") && !empty.contains("<circle"));
    }

    #[test]
    fn labels_wrap_at_spaces_and_fit_in_the_view_box() {
        assert_eq!(
            wrap_label("Interkulturelle Öffnung und Antirassismus", 16),
            vec!["Interkulturelle", "Öffnung und", "Antirassismus"]
        );
        assert_eq!(wrap_label("Kommunikationskonfliktmanagement", 16).len(), 1);
        let mut c = chart(vec![Some(50.0); 7]);
        c.labels = vec![
            "Management und Steuerung".into(),
            "Interkulturelle Öffnung und Antirassismus".into(),
            "Fairer Zugang und Teilhabe".into(),
            "Arbeit und wirtschaftliche Entwicklung".into(),
            "Engagement und Beteiligung".into(),
            "Zusammenhalt und Begegnung".into(),
            "Kommunikation und Konfliktmanagement".into(),
        ];
        let n = c.labels.len();
        let svg = svg(&c);
        let view: Vec<f64> = svg
            .split(r#"viewBox=""#)
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .split(' ')
            .map(|v| v.parse().unwrap())
            .collect();
        for (i, label) in c.labels.iter().enumerate() {
            let (l, t, r, b) = layout_label(i, n, label).bounds();
            assert!(l >= view[0] && t >= view[1], "{label} cut at the left or top");
            assert!(
                r <= view[0] + view[2] && b <= view[1] + view[3],
                "{label} cut at the right or bottom"
            );
        }
        assert!(svg.contains(">Antirassismus</tspan>"));
    }
}
