//! Merging a town pack over content. Pure: the content it starts from is never changed, and a
//! pack with problems gives an error and no content at all.
//!
//! Rules (the same for contacts, checklist items and tips), per tab:
//! 1. the pack's entries for this tab come first, in the pack's order;
//! 2. then the entries the content already had in this tab and the pack does not name, in their
//!    order.
//!
//! A pack entry whose key the content has changes that entry (fields it gives replace the old
//! ones; fields it leaves out are kept); `tab`/`tabs` move it. A new key adds an entry, which
//! then needs its tab(s) and its text (a contact: its organisation). `hidden = true` removes an
//! entry that exists.

use crate::content::issue::{PackIssue, PackIssueKind};
use crate::content::model::{
    ChecklistItem, Contact, Content, Origin, TabContent, Text, Tip, TownInfo,
};
use crate::content::pack::{ContentPack, EntryOrigin, invalid, issue, sort_issues};
use crate::error::CoreError;
use crate::tabs::TabId;

impl Content {
    /// This content with a town pack merged in; `self` is left as it is. A pack that does not
    /// fit (a new entry without its tab or text, hiding something that does not exist) gives
    /// [`CoreError::InvalidPack`] with every problem.
    pub fn with_pack(&self, pack: &ContentPack) -> Result<Content, CoreError> {
        let issues = pack.merge_issues(self);
        if !issues.is_empty() {
            return Err(invalid(&pack.file_name(), issues));
        }
        let mut tabs: Vec<TabContent> = self
            .tabs
            .iter()
            .map(|t| TabContent {
                tab: t.tab,
                intro: t.intro.clone(),
                tips: Vec::new(),
                checklist: Vec::new(),
                contacts: Vec::new(),
            })
            .collect();

        // Contacts.
        for pc in &pack.contacts {
            if pc.hidden {
                continue;
            }
            let (contact, base_tabs) = match self.contact(&pc.key) {
                Some(base) => {
                    let mut c = base.clone();
                    apply_contact(&mut c, pc);
                    c.origin = if base.origin == Origin::AddedByPack {
                        Origin::AddedByPack
                    } else {
                        Origin::ChangedByPack
                    };
                    (c, self.contact_tabs(&pc.key))
                }
                None => {
                    let mut c = Contact {
                        key: pc.key.clone(),
                        origin: Origin::AddedByPack,
                        ..Contact::default()
                    };
                    apply_contact(&mut c, pc);
                    (c, Vec::new())
                }
            };
            let placed = pc.tabs.clone().unwrap_or(base_tabs);
            for tab in placed {
                tabs[tab as usize].contacts.push(contact.clone());
            }
        }
        for (t, base) in tabs.iter_mut().zip(&self.tabs) {
            for c in &base.contacts {
                if !pack.contacts.iter().any(|pc| pc.key == c.key) {
                    t.contacts.push(c.clone());
                }
            }
        }

        // Checklist items.
        for pi in &pack.checklist {
            if pi.hidden {
                continue;
            }
            let (item, tab) = match self.item(&pi.key) {
                Some((base_tab, base)) => {
                    let mut item = base.clone();
                    if let Some(text) = &pi.text {
                        item.text = Text::Local(text.clone());
                    }
                    if let Some(hint) = &pi.hint {
                        item.hint = Some(Text::Local(hint.clone()));
                    }
                    if pi.doctype.is_some() {
                        item.doctype.clone_from(&pi.doctype);
                    }
                    if base.origin != Origin::AddedByPack {
                        item.origin = Origin::ChangedByPack;
                    }
                    (item, pi.tab.unwrap_or(base_tab))
                }
                None => {
                    // merge_issues made sure a new item has its tab and text.
                    let (Some(tab), Some(text)) = (pi.tab, &pi.text) else {
                        continue;
                    };
                    let item = ChecklistItem {
                        key: pi.key.clone(),
                        text: Text::Local(text.clone()),
                        hint: pi.hint.clone().map(Text::Local),
                        doctype: pi.doctype.clone(),
                        deadline: None,
                        origin: Origin::AddedByPack,
                    };
                    (item, tab)
                }
            };
            tabs[tab as usize].checklist.push(item);
        }
        for (t, base) in tabs.iter_mut().zip(&self.tabs) {
            for i in &base.checklist {
                if !pack.checklist.iter().any(|pi| pi.key == i.key) {
                    t.checklist.push(i.clone());
                }
            }
        }

        // Tips.
        for pt in &pack.tips {
            if pt.hidden {
                continue;
            }
            let (tip, tab) = match self.find_tip(&pt.key) {
                Some((base_tab, base)) => {
                    let mut tip = base.clone();
                    if let Some(text) = &pt.text {
                        tip.text = Text::Local(text.clone());
                    }
                    if base.origin != Origin::AddedByPack {
                        tip.origin = Origin::ChangedByPack;
                    }
                    (tip, pt.tab.unwrap_or(base_tab))
                }
                None => {
                    let (Some(tab), Some(text)) = (pt.tab, &pt.text) else {
                        continue;
                    };
                    let tip = Tip {
                        key: pt.key.clone(),
                        text: Text::Local(text.clone()),
                        origin: Origin::AddedByPack,
                    };
                    (tip, tab)
                }
            };
            tabs[tab as usize].tips.push(tip);
        }
        for (t, base) in tabs.iter_mut().zip(&self.tabs) {
            for tip in &base.tips {
                if !pack.tips.iter().any(|pt| pt.key == tip.key) {
                    t.tips.push(tip.clone());
                }
            }
        }

        Ok(Content {
            tabs,
            town: Some(TownInfo {
                key: pack.key.clone(),
                name: pack.town.clone(),
                updated: pack.updated.clone(),
                sources: pack.sources.clone(),
            }),
        })
    }

    /// Reads, checks and merges a pack file in one step: the new content and the pack (keep the
    /// pack to edit or export it), or every problem found. `self` is never changed.
    pub fn load_pack(&self, file: &str, bytes: &[u8]) -> Result<(Content, ContentPack), CoreError> {
        let (pack, mut issues) = ContentPack::parse_bytes_partial(file, bytes)?;
        if !issues.is_empty() {
            // Report the problems of merging the readable entries too, all in one go.
            issues.extend(pack.merge_issues(self));
            sort_issues(&mut issues);
            return Err(invalid(file, issues));
        }
        let content = self.with_pack(&pack)?;
        Ok((content, pack))
    }

    /// A tip by key, with its tab.
    pub fn find_tip(&self, key: &str) -> Option<(TabId, &Tip)> {
        self.tabs
            .iter()
            .find_map(|t| t.tips.iter().find(|x| x.key == key).map(|x| (t.tab, x)))
    }
}

fn apply_contact(c: &mut Contact, pc: &crate::content::pack::PackContact) {
    fn set<T: Clone>(target: &mut Option<T>, value: &Option<T>) {
        if value.is_some() {
            target.clone_from(value);
        }
    }
    set(&mut c.kind, &pc.kind);
    set(&mut c.organisation, &pc.organisation);
    set(&mut c.department, &pc.department);
    set(&mut c.address, &pc.address);
    set(&mut c.phone, &pc.phone);
    set(&mut c.email, &pc.email);
    set(&mut c.web, &pc.web);
    set(&mut c.hours, &pc.hours);
    set(&mut c.notes, &pc.notes);
    set(&mut c.source, &pc.source);
    set(&mut c.facts_as_of, &pc.facts_as_of);
    if let Some(by_appointment) = pc.by_appointment {
        c.by_appointment = by_appointment;
    }
    if !pc.languages.is_empty() {
        c.languages.clone_from(&pc.languages);
    }
}

impl ContentPack {
    /// Problems that appear only when the pack meets the content it is merged over: new
    /// entries without their tab or text, `hidden` for keys the content lacks.
    pub fn merge_issues(&self, base: &Content) -> Vec<PackIssue> {
        let file = self.file_name();
        // Position in the file (index in its list, line), or the position in the pack.
        let at = |list: Option<&Vec<EntryOrigin>>, i: usize| -> (usize, usize) {
            list.and_then(|l| l.get(i))
                .map_or((i, 0), |o| (o.index, o.line))
        };
        let origin = self.origin.as_ref();
        let mut issues = Vec::new();
        for (i, pc) in self.contacts.iter().enumerate() {
            if base.contact(&pc.key).is_some() {
                continue;
            }
            let (index, line) = at(origin.map(|o| &o.contacts), i);
            let path = format!("contacts[{}]", index + 1);
            if pc.hidden {
                issues.push(issue(
                    &file,
                    line,
                    &format!("{path}.hidden"),
                    PackIssueKind::UnknownEntry {
                        value: pc.key.clone(),
                    },
                ));
                continue;
            }
            if pc.organisation.is_none() {
                issues.push(issue(
                    &file,
                    line,
                    &format!("{path}.organisation"),
                    PackIssueKind::MissingField,
                ));
            }
            if pc.tabs.is_none() {
                issues.push(issue(
                    &file,
                    line,
                    &format!("{path}.tabs"),
                    PackIssueKind::MissingField,
                ));
            }
        }
        for (i, pi) in self.checklist.iter().enumerate() {
            if base.item(&pi.key).is_some() {
                continue;
            }
            let (index, line) = at(origin.map(|o| &o.checklist), i);
            let entry = NewEntry {
                list: "checklist",
                index,
                line,
                key: &pi.key,
                hidden: pi.hidden,
                tab: pi.tab,
                has_text: pi.text.is_some(),
            };
            entry.issues(&file, &mut issues);
        }
        for (i, pt) in self.tips.iter().enumerate() {
            if base.find_tip(&pt.key).is_some() {
                continue;
            }
            let (index, line) = at(origin.map(|o| &o.tips), i);
            let entry = NewEntry {
                list: "tips",
                index,
                line,
                key: &pt.key,
                hidden: pt.hidden,
                tab: pt.tab,
                has_text: pt.text.is_some(),
            };
            entry.issues(&file, &mut issues);
        }
        sort_issues(&mut issues);
        issues
    }
}

/// A checklist item or tip of a pack whose key the content does not have.
struct NewEntry<'a> {
    list: &'static str,
    index: usize,
    line: usize,
    key: &'a str,
    hidden: bool,
    tab: Option<TabId>,
    has_text: bool,
}

impl NewEntry<'_> {
    fn issues(&self, file: &str, issues: &mut Vec<PackIssue>) {
        let path = format!("{}[{}]", self.list, self.index + 1);
        if self.hidden {
            issues.push(issue(
                file,
                self.line,
                &format!("{path}.hidden"),
                PackIssueKind::UnknownEntry {
                    value: self.key.to_owned(),
                },
            ));
            return;
        }
        if self.tab.is_none() {
            issues.push(issue(
                file,
                self.line,
                &format!("{path}.tab"),
                PackIssueKind::MissingField,
            ));
        }
        if !self.has_text {
            issues.push(issue(
                file,
                self.line,
                &format!("{path}.text"),
                PackIssueKind::MissingField,
            ));
        }
    }
}
