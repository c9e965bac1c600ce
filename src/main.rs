//! Entry point of the browser app: mount the root component. All logic lives in the library.
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(mein_ordner::App);
}
