//! The office editor's edits of a pack (`components/office_editor.rs` only calls these): add,
//! move and remove contacts, put a contact on a tab or take it off, and edit a town's own
//! texts (German and translations).

use crate::TabId;
use crate::content::{ContentPack, LocalText, PackContact};
use crate::lang::GERMAN;

impl ContentPack {
    /// Adds a new contact at the end (key `kontakt-<n>`, on no tab yet); returns its index.
    pub fn add_contact(&mut self) -> usize {
        let n = self.contacts.len() + 1;
        self.contacts.push(PackContact {
            key: format!("kontakt-{n}"),
            tabs: Some(Vec::new()),
            ..PackContact::default()
        });
        self.contacts.len() - 1
    }

    /// Moves contact `index` by `delta` places (−1 up, +1 down). Nothing changes when either
    /// end would leave the list; returns whether it moved.
    pub fn move_contact(&mut self, index: usize, delta: isize) -> bool {
        let to = index.checked_add_signed(delta);
        match to {
            Some(to) if index < self.contacts.len() && to < self.contacts.len() => {
                self.contacts.swap(index, to);
                true
            }
            _ => false,
        }
    }

    /// Removes contact `index` and returns it (`None` when there is no such contact).
    pub fn remove_contact(&mut self, index: usize) -> Option<PackContact> {
        (index < self.contacts.len()).then(|| self.contacts.remove(index))
    }
}

impl PackContact {
    /// Puts the contact on `tab` (`on`) or takes it off, keeping folder order. A changed
    /// default contact without its own list of tabs starts from `default_tabs`, the tabs the
    /// content lists it on.
    pub fn set_tab(&mut self, tab: TabId, on: bool, default_tabs: impl FnOnce() -> Vec<TabId>) {
        let mut tabs = self.tabs.take().unwrap_or_else(default_tabs);
        tabs.retain(|t| *t != tab);
        if on {
            tabs.push(tab);
            tabs.sort_by_key(|t| *t as usize);
        }
        self.tabs = Some(tabs);
    }

    /// Sets the languages spoken from the editor's comma-separated field.
    pub fn set_languages(&mut self, list: &str) {
        self.languages = list
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
    }
}

/// A plain optional field (organisation, phone, ...): blank text means no value.
pub fn set_plain(slot: &mut Option<String>, text: &str) {
    *slot = (!text.trim().is_empty()).then(|| text.to_owned());
}

/// Sets the German text of an optional town text. A text left with only a blank German
/// version is no text.
pub fn set_german(slot: &mut Option<LocalText>, text: &str) {
    match slot {
        Some(t) => t.set(GERMAN, text),
        None if !text.trim().is_empty() => *slot = Some(LocalText::new(text)),
        None => {}
    }
    if slot
        .as_ref()
        .is_some_and(|t| t.german().trim().is_empty() && t.languages().len() == 1)
    {
        *slot = None;
    }
}

/// Sets the text in language `code` (a blank German version is made when there is none yet).
pub fn set_translation(slot: &mut Option<LocalText>, code: &str, text: &str) {
    slot.get_or_insert_with(|| LocalText::new(""))
        .set(code, text);
}

/// Adds an empty translation in language `code` to fill in (an existing one stays).
pub fn add_translation(slot: &mut Option<LocalText>, code: &str) {
    let text = slot.get_or_insert_with(|| LocalText::new(""));
    if text.get(code).is_none() {
        text.set(code, "");
    }
}

/// Removes the translation in language `code` (German stays).
pub fn remove_translation(slot: &mut Option<LocalText>, code: &str) {
    if let Some(text) = slot {
        text.remove(code);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pack_with(keys: &[&str]) -> ContentPack {
        let mut p = ContentPack::new("testhausen", "Testhausen");
        for k in keys {
            p.contacts.push(PackContact {
                key: (*k).to_owned(),
                ..PackContact::default()
            });
        }
        p
    }

    fn keys(p: &ContentPack) -> Vec<&str> {
        p.contacts.iter().map(|c| c.key.as_str()).collect()
    }

    #[test]
    fn a_new_contact_is_numbered_and_on_no_tab() {
        let mut p = pack_with(&["a"]);
        assert_eq!(p.add_contact(), 1);
        assert_eq!(p.contacts[1].key, "kontakt-2");
        assert_eq!(p.contacts[1].tabs, Some(Vec::new()));
    }

    #[test]
    fn contacts_move_within_the_list_only() {
        let mut p = pack_with(&["a", "b", "c"]);
        assert!(p.move_contact(2, -1));
        assert_eq!(keys(&p), ["a", "c", "b"]);
        assert!(p.move_contact(0, 1));
        assert_eq!(keys(&p), ["c", "a", "b"]);
        assert!(!p.move_contact(0, -1));
        assert!(!p.move_contact(2, 1));
        assert!(!p.move_contact(7, -1));
        assert_eq!(keys(&p), ["c", "a", "b"]);
    }

    #[test]
    fn removing_takes_out_one_contact() {
        let mut p = pack_with(&["a", "b"]);
        assert_eq!(p.remove_contact(0).map(|c| c.key), Some("a".to_owned()));
        assert_eq!(p.remove_contact(1), None);
        assert_eq!(keys(&p), ["b"]);
    }

    #[test]
    fn tabs_keep_folder_order_and_start_from_the_defaults() {
        let mut c = PackContact::default();
        c.set_tab(TabId::Work, true, || vec![TabId::Money, TabId::Health]);
        assert_eq!(c.tabs, Some(vec![TabId::Money, TabId::Work, TabId::Health]));
        c.set_tab(TabId::Money, false, Vec::new);
        c.set_tab(TabId::Arrival, true, Vec::new);
        assert_eq!(
            c.tabs,
            Some(vec![TabId::Arrival, TabId::Work, TabId::Health])
        );
        c.set_tab(TabId::Arrival, true, Vec::new);
        assert_eq!(
            c.tabs,
            Some(vec![TabId::Arrival, TabId::Work, TabId::Health])
        );
    }

    #[test]
    fn languages_and_plain_fields_drop_blanks() {
        let mut c = PackContact::default();
        c.set_languages(" de, ar ,, fa ");
        assert_eq!(c.languages, ["de", "ar", "fa"]);
        set_plain(&mut c.phone, "  ");
        assert_eq!(c.phone, None);
        set_plain(&mut c.phone, "0231 50-0");
        assert_eq!(c.phone.as_deref(), Some("0231 50-0"));
    }

    #[test]
    fn town_texts_are_no_text_when_only_a_blank_german_is_left() {
        let mut slot = None;
        set_german(&mut slot, " ");
        assert_eq!(slot, None);
        set_german(&mut slot, "Nur nach Anruf.");
        add_translation(&mut slot, "ar");
        set_translation(&mut slot, "ar", "فقط بعد الاتصال.");
        add_translation(&mut slot, "ar");
        let text = slot.clone().unwrap();
        assert_eq!(text.get("ar"), Some("فقط بعد الاتصال."));
        // German blanked while a translation is there: the text stays.
        set_german(&mut slot, "");
        assert!(slot.is_some());
        remove_translation(&mut slot, "ar");
        remove_translation(&mut slot, "de");
        assert_eq!(slot.as_ref().map(|t| t.languages()), Some(vec!["de"]));
        set_german(&mut slot, "");
        assert_eq!(slot, None);
        // A translation first makes a blank German version.
        set_translation(&mut slot, "fa", "متن");
        assert_eq!(slot.as_ref().map(LocalText::german), Some(""));
    }
}
