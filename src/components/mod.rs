//! One component per file.
pub mod bi;
pub mod header;
pub mod home;
pub mod icon;
pub mod language_picker;
pub mod update_banner;
