//! Indonesian affix removal with morphophonemic rules, checked against known roots.
//!
//! Particles (`-lah`, `-kah`, `-tah`, `-pun`), possessives (`-ku`, `-mu`, `-nya`) and derivational
//! suffixes (`-kan`, `-an`, `-i`) come off first, then up to two prefixes (`di-`, `ke-`, `se-`,
//! `ber-`, `ter-`, `per-`, `meN-`, `peN-` with their sound changes). Every decomposition that
//! respects the sound changes and the forbidden confixes is a candidate; the candidate with the
//! most affixes removed whose root is known wins (`pembicaraan` → `bicara`, `keamanan` → `aman`).
//! Reduplication is resolved first (`poin-poin` → `poin`, `besar-besaran` → `besar`).

const PARTICLES: &[&str] = &["lah", "kah", "tah", "pun"];
const POSSESSIVES: &[&str] = &["nya", "ku", "mu"];
const DERIVATIONAL: &[&str] = &["kan", "an", "i"];

/// Prefix-suffix pairs that do not occur together (`di-...-an`, `ke-...-kan`...).
const FORBIDDEN_CONFIXES: &[(&str, &str)] = &[
    ("ber", "i"),
    ("di", "an"),
    ("ke", "i"),
    ("ke", "kan"),
    ("meN", "an"),
    ("se", "i"),
    ("se", "kan"),
    ("ter", "an"),
];

#[derive(Debug, Clone)]
struct Candidate {
    stem: String,
    removals: usize,
    /// Only weak prefixes (see [`is_weak`]) and no suffix: too risky on a known word.
    weak_only: bool,
    /// The outer prefix removed, if any.
    prefix: Option<&'static str>,
}

/// The root of a folded Indonesian word, or the word itself when no known root is found.
pub fn root(word: &str, known: &dyn Fn(&str) -> bool) -> String {
    let word = unreduplicate(word);
    if let Some((first, second)) = word.split_once('-') {
        // A prefix-carrying reduplication: `berhati-hati` → `hati`.
        if first.ends_with(second) && known(second) {
            return second.to_string();
        }
        return word.to_string();
    }
    let surface_known = known(word);
    let mut best: Option<Candidate> = None;
    for candidate in candidates(word) {
        // On a known word, a weak prefix alone is trusted only on long words with long roots
        // (`bertemu` → `temu`, but not `beras` → `ras` or `persen` → `sen`).
        let weak_ok = !candidate.weak_only
            || !surface_known
            || (matches!(candidate.prefix, Some("ber" | "ter"))
                && word.chars().count() >= 7
                && candidate.stem.chars().count() >= 4);
        let acceptable = candidate.stem != word
            && is_plausible_root(&candidate.stem)
            && known(&candidate.stem)
            && weak_ok;
        if !acceptable {
            continue;
        }
        let better = best.as_ref().is_none_or(|b| {
            (candidate.removals, candidate.stem.len()) > (b.removals, b.stem.len())
        });
        if better {
            best = Some(candidate);
        }
    }
    best.map_or_else(|| word.to_string(), |c| c.stem)
}

/// `poin-poin` → `poin`, `besar-besaran` → `besar`, `sayur-mayur` → `sayur`.
fn unreduplicate(word: &str) -> &str {
    let Some((first, second)) = word.split_once('-') else {
        return word;
    };
    if second.contains('-') {
        return word;
    }
    if first == second || second.starts_with(first) {
        return first;
    }
    let rhymes = first.len() >= 3
        && second.len() == first.len()
        && first.get(1..).is_some_and(|tail| second.ends_with(tail));
    if rhymes { first } else { word }
}

fn is_plausible_root(stem: &str) -> bool {
    stem.chars().count() >= 3 && stem.chars().any(is_vowel)
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

fn candidates(word: &str) -> Vec<Candidate> {
    let mut stems: Vec<(String, usize, Option<&'static str>)> = vec![(word.to_string(), 0, None)];
    for group in [PARTICLES, POSSESSIVES] {
        let mut next = stems.clone();
        for (stem, removals, _) in &stems {
            for suffix in group {
                if let Some(rest) = stem.strip_suffix(suffix) {
                    next.push((rest.to_string(), removals + 1, None));
                }
            }
        }
        stems = next;
    }
    let mut with_derivational = stems.clone();
    for (stem, removals, _) in &stems {
        for suffix in DERIVATIONAL {
            if let Some(rest) = stem.strip_suffix(suffix) {
                with_derivational.push((rest.to_string(), removals + 1, Some(*suffix)));
            }
        }
    }
    let mut out = Vec::new();
    for (stem, removals, derivational) in with_derivational {
        out.push(Candidate {
            stem: stem.clone(),
            removals,
            weak_only: false,
            prefix: None,
        });
        for (first_class, first_stem) in prefix_options(&stem) {
            if derivational
                .is_some_and(|suffix| FORBIDDEN_CONFIXES.contains(&(first_class, suffix)))
            {
                continue;
            }
            let weak = removals == 0 && is_weak(first_class);
            out.push(Candidate {
                stem: first_stem.clone(),
                removals: removals + 1,
                weak_only: weak,
                prefix: Some(first_class),
            });
            for (second_class, second_stem) in prefix_options(&first_stem) {
                if second_class == first_class || !second_prefix_allowed(first_class, second_class)
                {
                    continue;
                }
                out.push(Candidate {
                    stem: second_stem,
                    removals: removals + 2,
                    weak_only: weak && is_weak(second_class),
                    prefix: Some(first_class),
                });
            }
        }
    }
    out
}

/// Prefixes that often only look like a prefix on a known word (`beras`, `persen`, `sekutu`):
/// everything but `meN-`, `peN-` and the `be-` allomorph, whose sound changes make them reliable.
fn is_weak(class: &str) -> bool {
    !matches!(class, "meN" | "peN" | "be")
}

/// Which prefix may stand inside which: `di-per-`, `meN-per-`, `ke-ber-`, `ber-ke-`, `ter-per-`.
fn second_prefix_allowed(first: &str, second: &str) -> bool {
    matches!(
        (first, second),
        ("di" | "meN" | "ter" | "ke" | "peN", "per")
            | ("ke" | "se" | "meN" | "peN" | "di", "ber")
            | ("di" | "meN", "ke")
    )
}

/// The ways to remove one prefix from `word`: (prefix class, remaining stem).
fn prefix_options(word: &str) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let b = word.as_bytes();
    let at = |i: usize| b.get(i).map(|&c| c as char);
    let vowel_at = |i: usize| at(i).is_some_and(is_vowel);
    let rest = |i: usize| word.get(i..).unwrap_or_default().to_string();
    let with = |first: char, i: usize| format!("{first}{}", word.get(i..).unwrap_or_default());

    for (prefix, class) in [("di", "di"), ("ke", "ke"), ("se", "se")] {
        if word.starts_with(prefix) {
            out.push((class, rest(2)));
        }
    }
    for (prefix, class) in [("ber", "ber"), ("ter", "ter"), ("per", "per")] {
        if word.starts_with(prefix) {
            out.push((class, rest(3)));
            if vowel_at(3) {
                out.push((class, with('r', 3)));
            }
        }
    }
    if word.starts_with("be")
        && !word.starts_with("ber")
        && at(2).is_some_and(|c| !is_vowel(c))
        && word.get(3..5) == Some("er")
    {
        out.push(("be", rest(2))); // bekerja → kerja
    }
    if word.starts_with("belajar") {
        out.push(("be", rest(3)));
    }
    if word.starts_with("te")
        && !word.starts_with("ter")
        && at(2).is_some_and(|c| !is_vowel(c))
        && word.get(3..5) == Some("er")
    {
        out.push(("ter", rest(2))); // tercermin-like te-C-er forms
    }
    for (me, class) in [("me", "meN"), ("pe", "peN")] {
        if !word.starts_with(me) {
            continue;
        }
        let after = &word[2..];
        if after.starts_with("nge") && after.len() > 5 {
            out.push((class, rest(5))); // mengebom → bom
        }
        if after.starts_with("ng") {
            if at(4).is_some_and(|c| matches!(c, 'g' | 'h')) {
                out.push((class, rest(4)));
            } else if vowel_at(4) {
                out.push((class, rest(4)));
                out.push((class, with('k', 4)));
            }
        } else if after.starts_with("ny") {
            if vowel_at(4) {
                out.push((class, with('s', 4)));
            }
            out.push((class, rest(2))); // menyanyi → nyanyi
        } else if after.starts_with('m') {
            match at(3) {
                Some('b' | 'f' | 'v' | 'p') => out.push((class, rest(3))),
                Some(c) if is_vowel(c) => {
                    out.push((class, with('p', 3)));
                    out.push((class, rest(2))); // memakan → makan
                }
                _ => {}
            }
        } else if after.starts_with('n') {
            match at(3) {
                Some('c' | 'd' | 'j' | 'z') => out.push((class, rest(3))),
                Some('s') if at(4) == Some('y') => out.push((class, rest(3))),
                Some(c) if is_vowel(c) => {
                    out.push((class, with('t', 3)));
                    out.push((class, rest(2))); // menanti → nanti
                }
                _ => {}
            }
        } else if after.starts_with(['l', 'r', 'w', 'y']) {
            out.push((class, rest(2)));
        }
        if me == "pe" && at(2).is_some_and(|c| !is_vowel(c) && !matches!(c, 'n' | 'm' | 'r')) {
            out.push(("pe", rest(2))); // pekerja → kerja, pelaku → laku
        }
        if me == "pe" && after.starts_with('r') {
            out.push(("pe", rest(2))); // pe + r-root: perampok → rampok
        }
    }
    out
}
