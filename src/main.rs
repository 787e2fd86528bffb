//! The `storylens` binary: a subcommand runs on the command line; no
//! subcommand opens the app.

use std::process::ExitCode;

use clap::Parser;
use storylens::cli::{self, Cli};

fn main() -> ExitCode {
    let args = Cli::parse();
    match &args.command {
        Some(command) => match cli::run(command) {
            Ok(output) => {
                println!("{output}");
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("storylens: {error}");
                ExitCode::from(1)
            }
        },
        None => open_app(args.path),
    }
}

#[cfg(feature = "gui")]
fn open_app(path: Option<std::path::PathBuf>) -> ExitCode {
    match storylens::ui::run(path) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("storylens: cannot open the window: {error}");
            ExitCode::from(1)
        }
    }
}

#[cfg(not(feature = "gui"))]
fn open_app(_path: Option<std::path::PathBuf>) -> ExitCode {
    eprintln!(
        "storylens: this build has no window (built without the `gui` feature); use a subcommand, see --help."
    );
    ExitCode::from(2)
}
