//! The ten register tabs of the folder, as in the Dresden and Leipzig editions.

/// One register tab. The order is the order of the paper folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TabId {
    Arrival,
    Money,
    Housing,
    German,
    Family,
    Work,
    Training,
    Health,
    Advice,
    Documents,
}

impl TabId {
    /// All tabs in folder order.
    pub const ALL: [TabId; 10] = [
        TabId::Arrival,
        TabId::Money,
        TabId::Housing,
        TabId::German,
        TabId::Family,
        TabId::Work,
        TabId::Training,
        TabId::Health,
        TabId::Advice,
        TabId::Documents,
    ];

    /// Stable key, used in message ids, content packs and stored records.
    pub fn key(self) -> &'static str {
        match self {
            TabId::Arrival => "arrival",
            TabId::Money => "money",
            TabId::Housing => "housing",
            TabId::German => "german",
            TabId::Family => "family",
            TabId::Work => "work",
            TabId::Training => "training",
            TabId::Health => "health",
            TabId::Advice => "advice",
            TabId::Documents => "documents",
        }
    }

    pub fn from_key(key: &str) -> Option<TabId> {
        TabId::ALL.into_iter().find(|t| t.key() == key)
    }

    /// 1-based number printed on the register tab.
    pub fn number(self) -> usize {
        self as usize + 1
    }

    /// Message id of the title. `tab-arrival-title` takes a `$town` argument.
    pub fn title_id(self) -> String {
        format!("tab-{}-title", self.key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_numbers_follow_the_folder() {
        for (i, tab) in TabId::ALL.into_iter().enumerate() {
            assert_eq!(TabId::from_key(tab.key()), Some(tab));
            assert_eq!(tab.number(), i + 1);
        }
        assert_eq!(TabId::from_key("nope"), None);
    }
}
