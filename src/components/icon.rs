//! Pictograms beside every tab and main action, for people who read little. Inline SVG (stroke
//! drawings on a 24×24 grid, coloured by `currentColor`): the same on every phone, no emoji font or
//! icon font needed, and allowed by the Content-Security-Policy.

use leptos::prelude::*;
use ordner_core::TabId;

/// The pictograms of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IconName {
    Suitcase,
    Banknote,
    House,
    Speech,
    Family,
    Briefcase,
    GraduationCap,
    Health,
    Lifebuoy,
    Document,
    Globe,
    Folder,
    Lock,
    Unlock,
    Check,
    Phone,
    Mail,
    MapPin,
    Clock,
    Search,
    Printer,
    Back,
    Plus,
    Trash,
    Download,
    Upload,
    Camera,
    Calendar,
    Warning,
    Key,
    User,
    Pencil,
    Copy,
    Share,
}

impl IconName {
    /// The icon of a register tab.
    pub fn for_tab(tab: TabId) -> IconName {
        match tab {
            TabId::Arrival => IconName::Suitcase,
            TabId::Money => IconName::Banknote,
            TabId::Housing => IconName::House,
            TabId::German => IconName::Speech,
            TabId::Family => IconName::Family,
            TabId::Work => IconName::Briefcase,
            TabId::Training => IconName::GraduationCap,
            TabId::Health => IconName::Health,
            TabId::Advice => IconName::Lifebuoy,
            TabId::Documents => IconName::Document,
        }
    }

    /// SVG elements on a 24×24 grid.
    pub fn svg(self) -> &'static str {
        match self {
            IconName::Suitcase => {
                r#"<rect x="5" y="6" width="14" height="14" rx="2"/><path d="M9.5 6V3h5v3M9.5 10v6M14.5 10v6M8 22v-2M16 22v-2"/>"#
            }
            IconName::Banknote => {
                r#"<rect x="2" y="6" width="20" height="12" rx="2"/><circle cx="12" cy="12" r="3"/><path d="M6 12h.01M18 12h.01"/>"#
            }
            IconName::House => {
                r#"<path d="M3 10.5 12 3l9 7.5V20a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z"/>"#
            }
            IconName::Speech => {
                r#"<path d="M21 15a2 2 0 0 1-2 2H8l-5 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z"/><path d="M8 8.5h8M8 12.5h5"/>"#
            }
            IconName::Family => {
                r#"<circle cx="9" cy="7" r="3.5"/><path d="M2.5 21v-1.5a4.5 4.5 0 0 1 4.5-4.5h4a4.5 4.5 0 0 1 4.5 4.5V21"/><circle cx="18" cy="10" r="2.5"/><path d="M17.5 15.5h1a3.5 3.5 0 0 1 3.5 3.5v2"/>"#
            }
            IconName::Briefcase => {
                r#"<rect x="2" y="7" width="20" height="14" rx="2"/><path d="M16 7V5a2 2 0 0 0-2-2h-4a2 2 0 0 0-2 2v2M2 13h20"/>"#
            }
            IconName::GraduationCap => {
                r#"<path d="M22 10 12 5 2 10l10 5z"/><path d="M6 12v5c3 2 9 2 12 0v-5M22 10v6"/>"#
            }
            IconName::Health => {
                r#"<path d="M12 21 4.7 13.9C3.2 12.4 2 10.8 2 8.5A5.5 5.5 0 0 1 7.5 3c1.8 0 3 .5 4.5 2 1.5-1.5 2.7-2 4.5-2A5.5 5.5 0 0 1 22 8.5c0 2.3-1.2 3.9-2.7 5.4z"/><path d="M12 9v6M9 12h6"/>"#
            }
            IconName::Lifebuoy => {
                r#"<circle cx="12" cy="12" r="10"/><circle cx="12" cy="12" r="4"/><path d="m4.9 4.9 4.3 4.3M14.8 14.8l4.3 4.3M14.8 9.2l4.3-4.3M4.9 19.1l4.3-4.3"/>"#
            }
            IconName::Document => {
                r#"<path d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8z"/><path d="M14 2v6h6M8 13h8M8 17h8"/>"#
            }
            IconName::Globe => {
                r#"<circle cx="12" cy="12" r="10"/><path d="M2 12h20M12 2a15 15 0 0 1 0 20M12 2a15 15 0 0 0 0 20"/>"#
            }
            IconName::Folder => {
                r#"<path d="M3 6a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z"/>"#
            }
            IconName::Lock => {
                r#"<rect x="4" y="11" width="16" height="10" rx="2"/><path d="M8 11V7a4 4 0 0 1 8 0v4"/>"#
            }
            IconName::Unlock => {
                r#"<rect x="4" y="11" width="16" height="10" rx="2"/><path d="M8 11V7a4 4 0 0 1 7.5-2"/>"#
            }
            IconName::Check => r#"<path d="M20 6 9 17l-5-5"/>"#,
            IconName::Phone => {
                r#"<path d="M22 16.9v3a2 2 0 0 1-2.2 2 19.8 19.8 0 0 1-8.6-3.1 19.5 19.5 0 0 1-6-6A19.8 19.8 0 0 1 2.1 4.2 2 2 0 0 1 4.1 2h3a2 2 0 0 1 2 1.7c.1 1 .4 1.9.7 2.8a2 2 0 0 1-.5 2.1L8 9.9a16 16 0 0 0 6 6l1.3-1.3a2 2 0 0 1 2.1-.4c.9.3 1.8.6 2.8.7a2 2 0 0 1 1.7 2z"/>"#
            }
            IconName::Mail => {
                r#"<rect x="2" y="4" width="20" height="16" rx="2"/><path d="m22 7-10 6L2 7"/>"#
            }
            IconName::MapPin => {
                r#"<path d="M20 10c0 6-8 12-8 12S4 16 4 10a8 8 0 0 1 16 0z"/><circle cx="12" cy="10" r="3"/>"#
            }
            IconName::Clock => r#"<circle cx="12" cy="12" r="10"/><path d="M12 6v6l4 2"/>"#,
            IconName::Search => r#"<circle cx="11" cy="11" r="7"/><path d="m21 21-4.3-4.3"/>"#,
            IconName::Printer => {
                r#"<path d="M6 9V2h12v7"/><rect x="2" y="9" width="20" height="9" rx="2"/><path d="M6 14h12v8H6z"/>"#
            }
            IconName::Back => r#"<path d="M19 12H5M12 19l-7-7 7-7"/>"#,
            IconName::Plus => r#"<path d="M12 5v14M5 12h14"/>"#,
            IconName::Trash => r#"<path d="M3 6h18M8 6V4h8v2M6 6l1 15h10l1-15"/>"#,
            IconName::Download => {
                r#"<path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4M7 10l5 5 5-5M12 15V3"/>"#
            }
            IconName::Upload => {
                r#"<path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4M17 8l-5-5-5 5M12 3v12"/>"#
            }
            IconName::Camera => {
                r#"<path d="M23 19a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h4l2-3h6l2 3h4a2 2 0 0 1 2 2z"/><circle cx="12" cy="13" r="4"/>"#
            }
            IconName::Calendar => {
                r#"<rect x="3" y="4" width="18" height="18" rx="2"/><path d="M16 2v4M8 2v4M3 10h18"/>"#
            }
            IconName::Warning => {
                r#"<path d="M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z"/><path d="M12 9v4M12 17h.01"/>"#
            }
            IconName::Key => {
                r#"<circle cx="7.5" cy="15.5" r="5.5"/><path d="m21 2-9.6 9.6M15.5 7.5l3 3L22 7l-3-3"/>"#
            }
            IconName::User => {
                r#"<circle cx="12" cy="8" r="4"/><path d="M4 21v-1a6 6 0 0 1 6-6h4a6 6 0 0 1 6 6v1"/>"#
            }
            IconName::Pencil => r#"<path d="M12 20h9M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z"/>"#,
            IconName::Copy => {
                r#"<rect x="9" y="9" width="13" height="13" rx="2"/><path d="M5 15H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v1"/>"#
            }
            IconName::Share => {
                r#"<circle cx="18" cy="5" r="3"/><circle cx="6" cy="12" r="3"/><circle cx="18" cy="19" r="3"/><path d="m8.6 13.5 6.8 4M15.4 6.5l-6.8 4"/>"#
            }
        }
    }

    /// Icons that point a direction and so mirror in right-to-left layouts.
    fn mirrors(self) -> bool {
        matches!(self, IconName::Back)
    }
}

/// A decorative pictogram: hidden from screen readers, since the text beside it says the same.
#[component]
pub fn Icon(name: IconName) -> impl IntoView {
    let class = if name.mirrors() {
        "icon icon-mirror"
    } else {
        "icon"
    };
    view! {
        <svg
            class=class
            viewBox="0 0 24 24"
            aria-hidden="true"
            focusable="false"
            fill="none"
            stroke="currentColor"
            stroke-width="2"
            stroke-linecap="round"
            stroke-linejoin="round"
            inner_html=name.svg()
        ></svg>
    }
}
