//! Entry point of the web app: set the panic hook and mount the app. Built by Trunk for wasm32.

#[cfg(target_arch = "wasm32")]
fn main() {
    readout_lens::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "readout-lens is the web app and runs in the browser: build it with `trunk serve` \
         (see README). For the command line, run `cargo run --bin readout -- --help`."
    );
    std::process::exit(2);
}
