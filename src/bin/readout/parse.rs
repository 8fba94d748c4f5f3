//! `readout parse FILE...` (temporary; replaced with the full implementation).
use std::process::ExitCode;

pub fn run(_args: &[String]) -> ExitCode {
    eprintln!("readout parse: not built yet");
    ExitCode::FAILURE
}
