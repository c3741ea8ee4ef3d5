//! The exit statuses of `selaras`, in one place.

use std::process::ExitCode;

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// 0: done (also a closed standard output, `selaras segment big.txt | head`).
    Success,
    /// 1: done, and a finding at least as severe as `--fail-on` was made.
    Findings,
    /// 2: bad usage or input (the message names the file, line or byte offset).
    BadInput,
}

impl From<ExitStatus> for ExitCode {
    fn from(status: ExitStatus) -> Self {
        match status {
            ExitStatus::Success => ExitCode::SUCCESS,
            ExitStatus::Findings => ExitCode::from(1),
            ExitStatus::BadInput => ExitCode::from(2),
        }
    }
}
