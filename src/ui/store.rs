//! The readouts kept in the browser: one IndexedDB record per readout, keyed by readout id, so
//! two tabs adding different readouts never overwrite each other. A save writes all its changes
//! in one transaction ([`write_all`]: the shortest time in which closing the page can cut it
//! short, and all or nothing); when that fails, each change is written in a transaction of its
//! own ([`put`], [`delete`]), so a full disk stores what fits and loses nothing already stored.
//!
//! A record is `{ id, v, source }`: `v` is [`RECORD_VERSION`] and `source` the `Source` as JSON
//! (text as published plus corrections). A record that cannot be read (another version, damaged
//! JSON) is returned as a [`BadRecord`] with its raw JSON, never dropped.
//!
//! Tabs tell each other about writes on a `BroadcastChannel`.

use crate::core::collection::Source;
use crate::ui::idb;
pub use crate::ui::idb::IdbError;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{IdbDatabase, IdbTransactionMode};

const DB_NAME: &str = "readout-lens";
const DB_VERSION: u32 = 1;
const STORE: &str = "readouts";
const CHANNEL: &str = "readout-lens-store";
/// The record format this build writes and reads.
pub const RECORD_VERSION: u32 = 1;

thread_local! {
    static DB: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

/// A stored readout that could be read.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub id: String,
    pub source: Source,
}

/// A stored record that could not be read, with the reason and its raw JSON for download.
#[derive(Debug, Clone, PartialEq)]
pub struct BadRecord {
    pub key: String,
    pub reason: String,
    pub raw: String,
}

/// Everything in the store.
#[derive(Debug, Default)]
pub struct Loaded {
    pub records: Vec<Stored>,
    pub bad: Vec<BadRecord>,
}

async fn db() -> Result<IdbDatabase, IdbError> {
    if let Some(db) = DB.with(|d| d.borrow().clone()) {
        return Ok(db);
    }
    let db = idb::open(DB_NAME, DB_VERSION, STORE, "id").await?;
    DB.with(|d| *d.borrow_mut() = Some(db.clone()));
    Ok(db)
}

fn js_error(e: JsValue) -> IdbError {
    IdbError {
        name: e
            .dyn_ref::<web_sys::DomException>()
            .map_or_else(|| "Error".to_string(), |d| d.name()),
        message: e
            .dyn_ref::<web_sys::DomException>()
            .map_or_else(|| format!("{e:?}"), |d| d.message()),
    }
}

/// Reads every record.
pub async fn load() -> Result<Loaded, IdbError> {
    let db = db().await?;
    let tx = db.transaction_with_str(STORE).map_err(js_error)?;
    let store = tx.object_store(STORE).map_err(js_error)?;
    let all = idb::request(&store.get_all().map_err(js_error)?).await?;
    let all: js_sys::Array = all.unchecked_into();
    let mut loaded = Loaded::default();
    for value in all.iter() {
        match read_record(&value) {
            Ok(stored) => loaded.records.push(stored),
            Err(bad) => loaded.bad.push(bad),
        }
    }
    Ok(loaded)
}

/// Reads one record, or says why it cannot.
fn read_record(value: &JsValue) -> Result<Stored, BadRecord> {
    let field = |name: &str| js_sys::Reflect::get(value, &JsValue::from_str(name)).ok();
    let key = field("id")
        .and_then(|k| k.as_string())
        .unwrap_or_else(|| "unknown".into());
    let raw = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default();
    let bad = |reason: String| BadRecord {
        key: key.clone(),
        reason,
        raw: raw.clone(),
    };
    let version = field("v").and_then(|v| v.as_f64());
    if version != Some(f64::from(RECORD_VERSION)) {
        return Err(bad(match version {
            Some(v) => format!(
                "it was stored in format version {}; this version reads {RECORD_VERSION}",
                v as i64
            ),
            None => "it has no format version".into(),
        }));
    }
    let Some(json) = field("source").and_then(|s| s.as_string()) else {
        return Err(bad("it holds no readout".into()));
    };
    match serde_json::from_str::<Source>(&json) {
        Ok(source) => Ok(Stored {
            id: key.clone(),
            source,
        }),
        Err(e) => Err(bad(format!("its readout cannot be read ({e})"))),
    }
}

/// One change to the store.
pub enum Change<'a> {
    Put(&'a str, &'a Source),
    Delete(&'a str),
}

/// The record for `source` under `id`.
fn record(id: &str, source: &Source) -> Result<js_sys::Object, IdbError> {
    let json = serde_json::to_string(source).map_err(|e| IdbError {
        name: "DataError".into(),
        message: e.to_string(),
    })?;
    let record = js_sys::Object::new();
    let set = |k: &str, v: JsValue| js_sys::Reflect::set(&record, &JsValue::from_str(k), &v);
    set("id", JsValue::from_str(id)).map_err(js_error)?;
    set("v", JsValue::from(RECORD_VERSION)).map_err(js_error)?;
    set("source", JsValue::from_str(&json)).map_err(js_error)?;
    Ok(record)
}

/// Makes every change in one transaction: all of them are stored, or none is.
pub async fn write_all(changes: &[Change<'_>]) -> Result<(), IdbError> {
    enum Op {
        Put(js_sys::Object),
        Delete(JsValue),
    }
    // Records are built before the transaction opens: an error half-way leaves nothing to abort.
    let mut ops = Vec::with_capacity(changes.len());
    for change in changes {
        ops.push(match change {
            Change::Put(id, source) => Op::Put(record(id, source)?),
            Change::Delete(id) => Op::Delete(JsValue::from_str(id)),
        });
    }
    write(|store| {
        for op in &ops {
            match op {
                Op::Put(record) => store.put(record)?,
                Op::Delete(key) => store.delete(key)?,
            };
        }
        Ok(())
    })
    .await
}

/// Stores `source` under `id` in a transaction of its own.
pub async fn put(id: &str, source: &Source) -> Result<(), IdbError> {
    let record = record(id, source)?;
    write(|store| store.put(&record).map(drop)).await
}

/// Deletes the record `id` (nothing happens if there is none).
pub async fn delete(id: &str) -> Result<(), IdbError> {
    write(|store| store.delete(&JsValue::from_str(id)).map(drop)).await
}

async fn write(
    op: impl FnOnce(&web_sys::IdbObjectStore) -> Result<(), JsValue>,
) -> Result<(), IdbError> {
    let db = db().await?;
    let tx = db
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
        .map_err(js_error)?;
    let store = tx.object_store(STORE).map_err(js_error)?;
    if let Err(e) = op(&store) {
        // Nothing of a transaction that could not be filled is kept.
        let _ = tx.abort();
        return Err(js_error(e));
    }
    idb::committed(&tx).await
}

/// Tells the other tabs of this site that the store changed.
pub fn announce() {
    if let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) {
        let _ = channel.post_message(&JsValue::from_str("changed"));
        channel.close();
    }
}

/// Calls `f` whenever another tab announces a change, for the life of the page.
pub fn on_change(f: impl Fn() + 'static) {
    let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) else {
        return;
    };
    let listener = Closure::<dyn FnMut()>::new(f);
    channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
    // Both live as long as the page: the channel must stay open to hear the other tabs.
    listener.forget();
    std::mem::forget(channel);
}
