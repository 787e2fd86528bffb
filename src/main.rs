//! The `storylens` binary: a subcommand runs on the command line; no
//! subcommand opens the app.

use std::process::ExitCode;

use clap::Parser;
use storylens::cli::{self, Cli};

fn main() -> ExitCode {
    let args = Cli::parse();
    match &args.command {
        Some(command) => match cli::run(command) {
            Ok(output) => print_output(&output),
            Err(error) => {
                let sentence = error.sentence(command.error_language());
                eprintln!("storylens: {sentence}");
                ExitCode::from(1)
            }
        },
        None => open_app(args.path, args.demo, args.present),
    }
}

/// Prints a command's output. A reader that stops early (`| head`) is not
/// an error: `println!` would panic on the closed pipe.
fn print_output(output: &str) -> ExitCode {
    use std::io::Write as _;
    let mut stdout = std::io::stdout().lock();
    match writeln!(stdout, "{output}").and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("storylens: cannot write the output: {error}.");
            ExitCode::from(1)
        }
    }
}

#[cfg(feature = "gui")]
fn open_app(path: Option<std::path::PathBuf>, demo: bool, present: bool) -> ExitCode {
    let launch = storylens::ui::Launch { demo, present };
    match storylens::ui::run(path, launch) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("storylens: cannot open the window: {error}");
            ExitCode::from(1)
        }
    }
}

#[cfg(not(feature = "gui"))]
fn open_app(_path: Option<std::path::PathBuf>, _demo: bool, _present: bool) -> ExitCode {
    eprintln!(
        "storylens: this build has no window (built without the `gui` feature); use a subcommand, see --help."
    );
    ExitCode::from(2)
}
