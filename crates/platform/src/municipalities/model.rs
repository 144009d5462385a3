//! Municipalities: the AGS, the Land it encodes, the platform's municipality types, the Kreise data file.

use std::fmt;

/// The platform's municipality types; questions and benchmarks depend on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MunicipalityType {
    /// Landkreis, Kreis or Regionalverband.
    Landkreis,
    /// Kreisfreie Stadt or (in Baden-Württemberg) Stadtkreis.
    KreisfreieStadt,
    /// A city or municipality inside a Kreis.
    KreisangehoerigeGemeinde,
}

impl MunicipalityType {
    /// Every type, in display order.
    pub const ALL: [MunicipalityType; 3] = [
        MunicipalityType::Landkreis,
        MunicipalityType::KreisfreieStadt,
        MunicipalityType::KreisangehoerigeGemeinde,
    ];

    /// The stored code.
    pub fn as_str(self) -> &'static str {
        match self {
            MunicipalityType::Landkreis => "landkreis",
            MunicipalityType::KreisfreieStadt => "kreisfreie_stadt",
            MunicipalityType::KreisangehoerigeGemeinde => "kreisangehoerige_gemeinde",
        }
    }

    /// Parses a stored code.
    pub fn parse(code: &str) -> Option<MunicipalityType> {
        MunicipalityType::ALL.into_iter().find(|t| t.as_str() == code)
    }

    /// Maps the `type` column of Destatis' Kreise list to a platform type.
    pub fn from_destatis(kind: &str) -> Option<MunicipalityType> {
        match kind {
            "Landkreis" | "Kreis" | "Regionalverband" => Some(MunicipalityType::Landkreis),
            "Kreisfreie Stadt" | "Stadtkreis" => Some(MunicipalityType::KreisfreieStadt),
            _ => None,
        }
    }

    /// The Fluent key of the type's name.
    pub fn label_key(self) -> &'static str {
        match self {
            MunicipalityType::Landkreis => "municipality-type-landkreis",
            MunicipalityType::KreisfreieStadt => "municipality-type-kreisfreie-stadt",
            MunicipalityType::KreisangehoerigeGemeinde => "municipality-type-gemeinde",
        }
    }
}

/// Why an AGS was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgsError {
    /// Not 5 or 8 digits.
    Shape,
    /// The first two digits name no Land.
    UnknownLand,
}

impl AgsError {
    /// The Fluent key of the message.
    pub fn message_key(self) -> &'static str {
        match self {
            AgsError::Shape => "ags-error-shape",
            AgsError::UnknownLand => "ags-error-land",
        }
    }
}

/// An Amtlicher Gemeindeschlüssel: 5 digits for a Kreis or kreisfreie Stadt, 8 for a Gemeinde.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Ags(String);

impl Ags {
    /// Parses and checks an AGS (surrounding spaces are ignored).
    pub fn parse(input: &str) -> Result<Ags, AgsError> {
        let s = input.trim();
        if !(s.len() == 5 || s.len() == 8) || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(AgsError::Shape);
        }
        if Land::from_code(&s[..2]).is_none() {
            return Err(AgsError::UnknownLand);
        }
        Ok(Ags(s.to_owned()))
    }

    /// The digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The Land the AGS belongs to.
    pub fn land(&self) -> Land {
        // parse() guaranteed the prefix is a known Land.
        Land::from_code(&self.0[..2]).unwrap_or(Land::Bw)
    }

    /// True for the 8-digit key of a kreisangehörige Gemeinde.
    pub fn is_gemeinde(&self) -> bool {
        self.0.len() == 8
    }

    /// The AGS of the Kreis a Gemeinde belongs to (its first five digits).
    pub fn kreis(&self) -> &str {
        &self.0[..5]
    }
}

impl fmt::Display for Ags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

macro_rules! lands {
    ($($variant:ident $code:literal $abbr:literal $name:literal),* $(,)?) => {
        /// The sixteen Länder, identified by the first two digits of an AGS.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Land { $(#[doc = $name] $variant),* }

        impl Land {
            /// Every Land in AGS order.
            pub const ALL: [Land; 16] = [$(Land::$variant),*];
            /// The Land of a two-digit AGS prefix.
            pub fn from_code(code: &str) -> Option<Land> {
                match code { $($code => Some(Land::$variant),)* _ => None }
            }
            /// The two-digit code.
            pub fn code(self) -> &'static str {
                match self { $(Land::$variant => $code),* }
            }
            /// The usual two-letter abbreviation (stored in the database, used in filters).
            pub fn abbreviation(self) -> &'static str {
                match self { $(Land::$variant => $abbr),* }
            }
            /// The Land's name (the same in German and English usage on this platform).
            pub fn name(self) -> &'static str {
                match self { $(Land::$variant => $name),* }
            }
            /// Parses an abbreviation such as `BY`.
            pub fn from_abbreviation(abbr: &str) -> Option<Land> {
                Land::ALL.into_iter().find(|l| l.abbreviation().eq_ignore_ascii_case(abbr.trim()))
            }
        }
    };
}

lands! {
    Sh "01" "SH" "Schleswig-Holstein",
    Hh "02" "HH" "Hamburg",
    Ni "03" "NI" "Niedersachsen",
    Hb "04" "HB" "Bremen",
    Nw "05" "NW" "Nordrhein-Westfalen",
    He "06" "HE" "Hessen",
    Rp "07" "RP" "Rheinland-Pfalz",
    Bw "08" "BW" "Baden-Württemberg",
    By "09" "BY" "Bayern",
    Sl "10" "SL" "Saarland",
    Be "11" "BE" "Berlin",
    Bb "12" "BB" "Brandenburg",
    Mv "13" "MV" "Mecklenburg-Vorpommern",
    Sn "14" "SN" "Sachsen",
    St "15" "ST" "Sachsen-Anhalt",
    Th "16" "TH" "Thüringen",
}

/// One row of the Kreise data file.
#[derive(Debug, Clone, PartialEq)]
pub struct KreisRecord {
    /// Five-digit AGS.
    pub ags: Ags,
    /// Official name, e.g. "Teltow-Fläming".
    pub name: String,
    /// Platform type.
    pub municipality_type: MunicipalityType,
    /// Population on the file's reference date.
    pub population: Option<i64>,
}

/// Why a line of the Kreise file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KreiseParseError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// Parses `kreise.csv` (semicolon-separated, header row, Destatis columns).
pub fn parse_kreise_csv(text: &str) -> Result<Vec<KreisRecord>, KreiseParseError> {
    let mut lines = text.lines().enumerate();
    let header = lines
        .next()
        .map(|(_, l)| l.trim_start_matches('\u{feff}'))
        .unwrap_or("");
    if !header.starts_with("AGS;type;name;") {
        return Err(KreiseParseError {
            line: 1,
            message: "expected header AGS;type;name;…".into(),
        });
    }
    let mut records = Vec::new();
    for (index, line) in lines {
        let line_no = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split(';').collect();
        let err = |message: String| KreiseParseError { line: line_no, message };
        if cols.len() < 6 {
            return Err(err(format!("expected at least 6 columns, found {}", cols.len())));
        }
        let ags = Ags::parse(cols[0]).map_err(|e| err(format!("bad AGS {:?}: {e:?}", cols[0])))?;
        if ags.is_gemeinde() {
            return Err(err(format!("AGS {ags} has 8 digits; the file lists Kreise only")));
        }
        let municipality_type =
            MunicipalityType::from_destatis(cols[1]).ok_or_else(|| err(format!("unknown type {:?}", cols[1])))?;
        let population = cols[5].trim().parse::<i64>().ok();
        records.push(KreisRecord {
            ags,
            name: cols[2].trim().to_owned(),
            municipality_type,
            population,
        });
    }
    Ok(records)
}

/// The Kreise file shipped with the platform.
pub const KREISE_CSV: &str = include_str!("../../../../content/municipalities/kreise.csv");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ags_accepts_five_and_eight_digits_with_known_land() {
        let kreis = Ags::parse(" 12072 ").unwrap();
        assert_eq!(kreis.land(), Land::Bb);
        assert!(!kreis.is_gemeinde());
        let gemeinde = Ags::parse("05962024").unwrap();
        assert!(gemeinde.is_gemeinde());
        assert_eq!(gemeinde.kreis(), "05962");
        assert_eq!(gemeinde.land().abbreviation(), "NW");
    }

    #[test]
    fn ags_rejects_malformed_input() {
        assert_eq!(Ags::parse("1207"), Err(AgsError::Shape));
        assert_eq!(Ags::parse("120721"), Err(AgsError::Shape));
        assert_eq!(Ags::parse("12a72"), Err(AgsError::Shape));
        assert_eq!(Ags::parse("17001"), Err(AgsError::UnknownLand));
        assert_eq!(Ags::parse("00001"), Err(AgsError::UnknownLand));
    }

    #[test]
    fn shipped_kreise_file_has_all_401_with_expected_type_counts() {
        let records = parse_kreise_csv(KREISE_CSV).unwrap();
        assert_eq!(records.len(), 401);
        let landkreise = records
            .iter()
            .filter(|r| r.municipality_type == MunicipalityType::Landkreis)
            .count();
        assert_eq!(landkreise, 251 + 42 + 1);
        assert_eq!(records.len() - landkreise, 98 + 9);
        let tf = records.iter().find(|r| r.ags.as_str() == "12072").unwrap();
        assert_eq!(tf.name, "Teltow-Fläming");
        assert!(tf.population.unwrap() > 100_000);
        for land in Land::ALL {
            assert!(
                records.iter().any(|r| r.ags.land() == land),
                "no Kreis in {}",
                land.name()
            );
        }
    }

    #[test]
    fn kreise_parser_names_the_bad_line() {
        let text = "AGS;type;name;NUTS3;area_km2;population\n01001;Kreisfreie Stadt;A;X;1;2\n99001;Kreis;B;X;1;2\n";
        let e = parse_kreise_csv(text).unwrap_err();
        assert_eq!(e.line, 3);
        assert!(parse_kreise_csv("nope\n").is_err());
    }
}
