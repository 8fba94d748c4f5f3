//! Embeds every file in `data/readouts/` into the binary as the bundled corpus, so adding a
//! readout is dropping a file there and rebuilding (see README, "Adding readouts").

use std::{env, fs, path::Path};

fn main() {
    let dir = Path::new("data/readouts");
    println!("cargo:rerun-if-changed=data/readouts");
    let mut files: Vec<_> = fs::read_dir(dir)
        .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| {
        p.is_file()
            && !p
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
    });
    files.sort();
    let mut out = String::from("pub static BUNDLED: &[(&str, &str)] = &[\n");
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path.file_name().unwrap().to_string_lossy();
        let abs = fs::canonicalize(path).expect("bundled readout path");
        out.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            abs.display().to_string()
        ));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("bundled.rs");
    fs::write(dest, out).expect("write bundled.rs");
}
