//! One component per file.
pub mod bi;
pub mod header;
pub mod home;
pub mod icon;
pub mod language_picker;
pub mod office_editor;
pub mod search;
pub mod tab_page;
pub mod town_picker;
pub mod update_banner;
pub mod vault_backup;
pub mod vault_common;
pub mod vault_folder;
pub mod vault_lock;
pub mod vault_manage;
pub mod vault_sheet;
pub mod vault_unlock;
