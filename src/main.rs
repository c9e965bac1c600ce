//! Entry point of the browser app: mount the root component. All logic lives in the library.
fn main() {
    #[cfg(feature = "test-hooks")]
    mein_ordner::test_console::install();
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(mein_ordner::App);
}
