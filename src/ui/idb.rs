//! Small async wrappers over IndexedDB through web-sys: open a database with one object store,
//! and wait for a request or a transaction to finish. No crate: the calls the app needs are few,
//! and the bundle is over budget.

use js_sys::{Function, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    IdbDatabase, IdbObjectStoreParameters, IdbOpenDbRequest, IdbRequest, IdbTransaction,
};

/// A failed IndexedDB call: the DOMException name (`QuotaExceededError`, `VersionError`, ...)
/// and its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdbError {
    pub name: String,
    pub message: String,
}

impl IdbError {
    fn from_js(value: &JsValue) -> IdbError {
        match value.dyn_ref::<web_sys::DomException>() {
            Some(e) => IdbError {
                name: e.name(),
                message: e.message(),
            },
            None => IdbError {
                name: "Error".into(),
                message: value
                    .as_string()
                    .or_else(|| {
                        js_sys::Reflect::get(value, &"message".into())
                            .ok()
                            .and_then(|m| m.as_string())
                    })
                    .unwrap_or_else(|| "unknown error".into()),
            },
        }
    }

    fn named(name: &str, message: &str) -> IdbError {
        IdbError {
            name: name.into(),
            message: message.into(),
        }
    }

    /// True when the browser refused the write for lack of space.
    pub fn is_quota(&self) -> bool {
        self.name == "QuotaExceededError"
    }
}

/// Waits until `arm` has been handed a callback and the callback has been called once. The
/// callback lives until the wait ends, so nothing leaks whichever event fires.
async fn settled(arm: impl FnOnce(&Function)) {
    let mut arm = Some(arm);
    let mut keep = None;
    let promise = Promise::new(&mut |resolve, _reject| {
        let done = Closure::<dyn FnMut()>::new(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        if let Some(arm) = arm.take() {
            arm(done.as_ref().unchecked_ref());
        }
        keep = Some(done);
    });
    let _ = JsFuture::from(promise).await;
    drop(keep);
}

/// The result of `request` once it succeeds, or its error.
pub async fn request(request: &IdbRequest) -> Result<JsValue, IdbError> {
    settled(|done| {
        request.set_onsuccess(Some(done));
        request.set_onerror(Some(done));
    })
    .await;
    request.set_onsuccess(None);
    request.set_onerror(None);
    match request.error() {
        Ok(Some(e)) => Err(IdbError::from_js(&e)),
        Ok(None) => request.result().map_err(|e| IdbError::from_js(&e)),
        Err(e) => Err(IdbError::from_js(&e)),
    }
}

/// Waits until `tx` commits; an abort (a failed request, a full disk) is an error and nothing of
/// the transaction was written.
pub async fn committed(tx: &IdbTransaction) -> Result<(), IdbError> {
    settled(|done| {
        tx.set_oncomplete(Some(done));
        tx.set_onerror(Some(done));
        tx.set_onabort(Some(done));
    })
    .await;
    tx.set_oncomplete(None);
    tx.set_onerror(None);
    tx.set_onabort(None);
    match tx.error() {
        Some(e) => Err(IdbError::from_js(&e)),
        None => Ok(()),
    }
}

/// Opens (creating or upgrading) database `name` at `version` with an object store `store` whose
/// records are keyed by their `key_path` property.
pub async fn open(
    name: &str,
    version: u32,
    store: &str,
    key_path: &str,
) -> Result<IdbDatabase, IdbError> {
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or_else(|| IdbError::named("Unavailable", "this browser offers no IndexedDB"))?;
    let open: IdbOpenDbRequest = factory
        .open_with_u32(name, version)
        .map_err(|e| IdbError::from_js(&e))?;
    let upgrade = {
        let open = open.clone();
        let store = store.to_string();
        let key_path = key_path.to_string();
        Closure::<dyn FnMut()>::new(move || {
            let Ok(db) = open.result().and_then(|db| db.dyn_into::<IdbDatabase>()) else {
                return;
            };
            if !db.object_store_names().contains(&store) {
                let params = IdbObjectStoreParameters::new();
                params.set_key_path(&JsValue::from_str(&key_path));
                let _ = db.create_object_store_with_optional_parameters(&store, &params);
            }
        })
    };
    open.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let result = request(&open).await;
    open.set_onupgradeneeded(None);
    drop(upgrade);
    let db: IdbDatabase = result?.unchecked_into();
    // Another tab opening a newer version asks this one to step aside.
    let on_version_change = {
        let db = db.clone();
        Closure::<dyn FnMut()>::new(move || db.close())
    };
    db.set_onversionchange(Some(on_version_change.as_ref().unchecked_ref()));
    on_version_change.forget();
    Ok(db)
}
