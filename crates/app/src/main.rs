//! The `weltoffen` binary: command line, configuration, wiring and background workers.

mod check_content;
mod cli;
mod config;
mod serve;

use clap::Parser;

/// Every route of the application: the platform's and each pillar's.
pub fn routes() -> weltoffen_platform::web::table::RouteTable {
    weltoffen_platform::routes()
        .merge(weltoffen_selfcheck::web::routes())
        .merge(weltoffen_knowledge::routes())
}

fn main() -> std::process::ExitCode {
    let cli = cli::Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match runtime.block_on(cli::run(cli)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
