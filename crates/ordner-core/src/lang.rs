//! The languages of the folder. German is always one side; the other side is the person's own.

/// Writing direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    /// The value of the HTML `dir` attribute.
    pub fn as_html(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

/// The script a language is written in; it decides which font prints it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    Latin,
    Arabic,
    /// Urdu prefers the Nastaliq style of the Arabic script.
    ArabicNastaliq,
    Cyrillic,
    Ethiopic,
    Georgian,
}

/// One language of the folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Language {
    /// BCP 47 code, also the folder name under `locales/`.
    pub code: &'static str,
    /// The name in the language itself, as shown on the first-start screen.
    pub native_name: &'static str,
    /// The name in English, for offices and logs.
    pub english_name: &'static str,
    pub dir: Dir,
    pub script: Script,
    /// Whether a native speaker has reviewed the translation. Unreviewed languages show a notice
    /// on screen and in print, so an office knows what it is handing out.
    pub reviewed: bool,
}

impl Language {
    /// Looks a language up by its code.
    pub fn by_code(code: &str) -> Option<&'static Language> {
        LANGUAGES.iter().find(|l| l.code == code)
    }

    pub fn is_rtl(&self) -> bool {
        self.dir == Dir::Rtl
    }
}

/// German: always one side of every page.
pub const GERMAN: &str = "de";

/// Every language the app offers, German first, then by how often German towns offer them.
pub const LANGUAGES: &[Language] = &[
    Language {
        code: "de",
        native_name: "Deutsch",
        english_name: "German",
        dir: Dir::Ltr,
        script: Script::Latin,
        reviewed: true,
    },
    Language {
        code: "ar",
        native_name: "العربية",
        english_name: "Arabic",
        dir: Dir::Rtl,
        script: Script::Arabic,
        reviewed: false,
    },
    Language {
        code: "en",
        native_name: "English",
        english_name: "English",
        dir: Dir::Ltr,
        script: Script::Latin,
        reviewed: false,
    },
    Language {
        code: "fr",
        native_name: "Français",
        english_name: "French",
        dir: Dir::Ltr,
        script: Script::Latin,
        reviewed: false,
    },
    Language {
        code: "fa",
        native_name: "فارسی",
        english_name: "Persian",
        dir: Dir::Rtl,
        script: Script::Arabic,
        reviewed: false,
    },
    Language {
        code: "ka",
        native_name: "ქართული",
        english_name: "Georgian",
        dir: Dir::Ltr,
        script: Script::Georgian,
        reviewed: false,
    },
    Language {
        code: "ru",
        native_name: "Русский",
        english_name: "Russian",
        dir: Dir::Ltr,
        script: Script::Cyrillic,
        reviewed: false,
    },
    Language {
        code: "prs",
        native_name: "دری",
        english_name: "Dari",
        dir: Dir::Rtl,
        script: Script::Arabic,
        reviewed: false,
    },
    Language {
        code: "uk",
        native_name: "Українська",
        english_name: "Ukrainian",
        dir: Dir::Ltr,
        script: Script::Cyrillic,
        reviewed: false,
    },
    Language {
        code: "ps",
        native_name: "پښتو",
        english_name: "Pashto",
        dir: Dir::Rtl,
        script: Script::Arabic,
        reviewed: false,
    },
    Language {
        code: "so",
        native_name: "Soomaali",
        english_name: "Somali",
        dir: Dir::Ltr,
        script: Script::Latin,
        reviewed: false,
    },
    Language {
        code: "ckb",
        native_name: "کوردی (سۆرانی)",
        english_name: "Kurdish (Sorani)",
        dir: Dir::Rtl,
        script: Script::Arabic,
        reviewed: false,
    },
    Language {
        code: "tr",
        native_name: "Türkçe",
        english_name: "Turkish",
        dir: Dir::Ltr,
        script: Script::Latin,
        reviewed: false,
    },
    Language {
        code: "ur",
        native_name: "اردو",
        english_name: "Urdu",
        dir: Dir::Rtl,
        script: Script::ArabicNastaliq,
        reviewed: false,
    },
    Language {
        code: "kmr",
        native_name: "Kurdî (Kurmancî)",
        english_name: "Kurdish (Kurmanji)",
        dir: Dir::Ltr,
        script: Script::Latin,
        reviewed: false,
    },
    Language {
        code: "ti",
        native_name: "ትግርኛ",
        english_name: "Tigrinya",
        dir: Dir::Ltr,
        script: Script::Ethiopic,
        reviewed: false,
    },
];
