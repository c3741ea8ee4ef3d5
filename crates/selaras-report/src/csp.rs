//! The Content-Security-Policy of the page: nothing may load, and only the page's own inline
//! script and style (named by their SHA-256 hashes) may run or apply.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha256};

/// The CSP source expression for inline content: `'sha256-<base64 of its SHA-256>'`.
pub fn hash_source(content: &str) -> String {
    let digest = Sha256::digest(content.as_bytes());
    format!("'sha256-{}'", STANDARD.encode(digest))
}

/// The policy for a page whose only script is `script` and only style sheet is `style`.
///
/// `default-src 'none'` forbids every fetch (scripts, styles, images, fonts, frames, connections)
/// that is not named; `base-uri` and `form-action` are not covered by `default-src` and are closed
/// as well. Inline event handlers and `style` attributes are refused, since no hash names them.
pub fn policy(script: &str, style: &str) -> String {
    format!(
        "default-src 'none'; script-src {}; style-src {}; base-uri 'none'; form-action 'none'",
        hash_source(script),
        hash_source(style)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_matches_known_digest() {
        // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            hash_source("alert(1)"),
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
    }

    #[test]
    fn policy_closes_everything_else() {
        let policy = policy("s", "t");
        assert!(policy.starts_with("default-src 'none'; script-src 'sha256-"));
        assert!(!policy.contains("unsafe"));
    }
}
