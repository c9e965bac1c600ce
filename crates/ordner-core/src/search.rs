//! Search over the folder's texts (#14 "Search that keeps up"): every text is folded once into
//! a [`SearchIndex`] (lower case, without accents, Arabic vowel marks and bidi controls), so a
//! keystroke only scans the folded texts, never formats or folds them again. The search screen
//! builds the index when the content or the language changes; `cargo xtask bench` measures a
//! search over 2,000 contacts and every tab text (`examples/bench.rs`).

/// Folds a text for matching: lower case, without accents, diacritics, Arabic vowel marks,
/// tatweel and bidi controls; the Arabic alef forms become a plain alef.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

fn fold_into(text: &str, out: &mut String) {
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            // Combining marks, Arabic harakat and tatweel, bidi controls: dropped.
            '\u{0300}'..='\u{036F}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{0640}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}' => {}
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => out.push('a'),
            'ç' | 'ć' | 'č' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' => out.push('i'),
            'ñ' | 'ń' | 'ň' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'ş' | 'ś' | 'š' => out.push('s'),
            'ğ' => out.push('g'),
            'ž' | 'ź' | 'ż' => out.push('z'),
            'ß' => out.push_str("ss"),
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' => out.push('ي'),
            'ё' => out.push('е'),
            // The separator of the index's texts never comes from a text.
            SEPARATOR => out.push(' '),
            _ => out.push(c),
        }
    }
}

/// Ends every text in the index's folded haystack, so that a query never matches across two
/// texts (a unit separator: no text the app shows has one, and [`fold`] replaces it).
const SEPARATOR: char = '\u{1F}';

/// Texts folded once, each entry with its item (`T`: what the screen shows for a hit).
#[derive(Debug, Clone)]
pub struct SearchIndex<T> {
    /// Every entry's folded texts one after the other, each text ended by [`SEPARATOR`].
    folded: String,
    /// Where each entry's texts end in `folded` (exclusive), in entry order.
    ends: Vec<usize>,
    items: Vec<T>,
}

impl<T> Default for SearchIndex<T> {
    fn default() -> Self {
        SearchIndex {
            folded: String::new(),
            ends: Vec::new(),
            items: Vec::new(),
        }
    }
}

/// What a search found: the first hits (in the order the entries were added) and how many
/// there are in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found<'a, T> {
    pub hits: Vec<&'a T>,
    pub total: usize,
}

impl<T> SearchIndex<T> {
    pub fn new() -> SearchIndex<T> {
        SearchIndex::default()
    }

    /// Adds an entry found by any of its `texts` (German and the person's language, a hint...).
    pub fn push<'t>(&mut self, texts: impl IntoIterator<Item = &'t str>, item: T) {
        for text in texts {
            fold_into(text, &mut self.folded);
            self.folded.push(SEPARATOR);
        }
        self.ends.push(self.folded.len());
        self.items.push(item);
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The entries one of whose texts contains the query (folded and trimmed like the texts),
    /// at most `limit` of them, in the order they were added; an empty query finds nothing.
    pub fn search(&self, query: &str, limit: usize) -> Found<'_, T> {
        let folded = fold(query);
        let query = folded.trim();
        let mut found = Found {
            hits: Vec::new(),
            total: 0,
        };
        if query.is_empty() {
            return found;
        }
        let mut from = 0;
        while let Some(at) = self.folded[from..].find(query) {
            let at = from + at;
            // The entry the match is in: the first whose texts end after it.
            let entry = self.ends.partition_point(|end| *end <= at);
            let Some(item) = self.items.get(entry) else {
                break;
            };
            found.total += 1;
            if found.hits.len() < limit {
                found.hits.push(item);
            }
            // On to the next entry.
            from = self.ends[entry];
            if from >= self.folded.len() {
                break;
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_arabic_marks() {
        assert_eq!(fold("Bürgeramt"), "burgeramt");
        assert_eq!(fold("STRASSE Straße"), "strasse strasse");
        assert_eq!(fold("أَحْمَد"), "احمد");
        assert_eq!(fold("\u{2068}Jobcenter\u{2069}"), "jobcenter");
        assert_eq!(fold("Ёлка"), "елка");
    }

    fn index() -> SearchIndex<&'static str> {
        let mut index = SearchIndex::new();
        index.push(["Bürgeramt", "مكتب المواطنين"], "amt");
        index.push(["Jobcenter Dortmund", "مركز العمل"], "jobcenter");
        index.push(["Ausländerbehörde"], "abh");
        index.push(["Jobcenter-Hotline"], "hotline");
        index
    }

    #[test]
    fn finds_entries_by_any_text_in_order() {
        let index = index();
        let found = index.search(" burgeramt ", 10);
        assert_eq!((found.hits, found.total), (vec![&"amt"], 1));
        assert_eq!(index.search("مركز", 10).hits, [&"jobcenter"]);
        assert_eq!(
            index.search("JOBCENTER", 10).hits,
            [&"jobcenter", &"hotline"]
        );
        assert_eq!(index.search("ausländer", 10).hits, [&"abh"]);
        assert!(index.search("", 10).hits.is_empty());
        assert!(index.search("  ", 10).hits.is_empty());
        assert!(index.search("nichts", 10).hits.is_empty());
    }

    #[test]
    fn an_entry_is_found_once_and_never_across_two_texts() {
        let index = index();
        // "r" is in several texts of the first entries: each entry once.
        let found = index.search("r", 10);
        assert_eq!(found.total, 4);
        assert_eq!(found.hits.len(), 4);
        // The end of one text and the start of the next are not one text.
        assert!(index.search("amtمكتب", 10).hits.is_empty());
        assert!(index.search("dortmundausl", 10).hits.is_empty());
        assert!(index.search("\u{1F}", 10).hits.is_empty());
    }

    #[test]
    fn the_limit_cuts_the_hits_not_the_count() {
        let index = index();
        let found = index.search("e", 2);
        assert_eq!(found.hits, [&"amt", &"jobcenter"]);
        assert_eq!(found.total, 4);
    }
}
