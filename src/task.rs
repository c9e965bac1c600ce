//! Async steps started by a component whose result may arrive after the component is gone.
//!
//! A screen's `spawn_local` that awaits a vault call must expect the call itself to unmount the
//! screen: unlocking, creating, importing and deleting switch the folder screen to another
//! branch, and the auto-lock can fire during any await. Reading a signal, memo or node ref of a
//! disposed component panics ("Tried to access a reactive value that has already been
//! disposed"), and a wasm panic stops every later reaction of the page.
//!
//! The one shape for this: [`Mounted::spawn`] runs the work, then applies its result to the
//! component's own state only if the component still exists. What the person must see even when
//! the component is gone (the recovery sheet after creating a folder, "backup imported",
//! "folder deleted") is written by the work itself into state that a parent owns and outlives
//! the switch (see `components/vault_folder.rs`).

use std::future::Future;

use leptos::prelude::*;

/// The life of a component, for its async steps. Make it in the component's body (not in an
/// event handler, which may run outside the component's reactive owner): it is disposed together
/// with the component.
#[derive(Clone, Copy)]
pub struct Mounted(StoredValue<(), LocalStorage>);

impl Mounted {
    /// A token owned by the component being built.
    #[must_use]
    pub fn new() -> Mounted {
        Mounted(StoredValue::new_local(()))
    }

    /// Whether the component still exists.
    #[must_use]
    pub fn is_alive(self) -> bool {
        !self.0.is_disposed()
    }

    /// Runs `work`, then `apply(result)` only while the component still exists; otherwise the
    /// result is dropped. `apply` may therefore use the component's own signals and node refs
    /// freely, while `work` may only touch state that outlives the component.
    pub fn spawn<T, W, A>(self, work: W, apply: A)
    where
        T: 'static,
        W: Future<Output = T> + 'static,
        A: FnOnce(T) + 'static,
    {
        leptos::task::spawn_local(async move {
            let result = work.await;
            if self.is_alive() {
                apply(result);
            }
        });
    }
}

impl Default for Mounted {
    fn default() -> Self {
        Mounted::new()
    }
}
