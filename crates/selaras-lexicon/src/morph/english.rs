//! A light English lemmatiser: possessives, plurals, `-ed`, `-ing`, and common irregular forms,
//! checked against known words.

const IRREGULAR: &[(&str, &str)] = &[
    ("said", "say"),
    ("says", "say"),
    ("has", "have"),
    ("had", "have"),
    ("was", "be"),
    ("were", "be"),
    ("is", "be"),
    ("are", "be"),
    ("been", "be"),
    ("went", "go"),
    ("gone", "go"),
    ("made", "make"),
    ("met", "meet"),
    ("took", "take"),
    ("taken", "take"),
    ("sent", "send"),
    ("left", "leave"),
    ("held", "hold"),
    ("told", "tell"),
    ("gave", "give"),
    ("given", "give"),
    ("brought", "bring"),
    ("thought", "think"),
    ("began", "begin"),
    ("begun", "begin"),
    ("wrote", "write"),
    ("written", "write"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("children", "child"),
    ("men", "man"),
    ("women", "woman"),
    ("people", "person"),
    ("did", "do"),
    ("done", "do"),
    ("got", "get"),
    ("came", "come"),
    ("saw", "see"),
    ("seen", "see"),
    ("knew", "know"),
    ("known", "know"),
    ("found", "find"),
    ("felt", "feel"),
    ("kept", "keep"),
    ("led", "lead"),
    ("lost", "lose"),
    ("paid", "pay"),
    ("ran", "run"),
    ("sat", "sit"),
    ("stood", "stand"),
    ("struck", "strike"),
    ("shot", "shoot"),
    ("won", "win"),
    ("fought", "fight"),
    ("bought", "buy"),
    ("sold", "sell"),
    ("built", "build"),
    ("ate", "eat"),
    ("eaten", "eat"),
    ("drank", "drink"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("hit", "hit"),
    ("better", "good"),
    ("best", "good"),
    ("worse", "bad"),
    ("worst", "bad"),
    ("mice", "mouse"),
    ("feet", "foot"),
    ("teeth", "tooth"),
    ("lives", "life"),
    ("wives", "wife"),
];

/// Words that end like an inflected form but are not one.
const NOT_INFLECTED: &[&str] = &[
    "news",
    "series",
    "species",
    "means",
    "always",
    "perhaps",
    "sometimes",
    "nevertheless",
    "politics",
    "economics",
    "physics",
    "united",
    "during",
    "morning",
    "evening",
    "nothing",
    "something",
    "anything",
    "everything",
    "thing",
    "spring",
    "ceiling",
    "wedding",
    "bus",
    "gas",
    "lens",
    "plus",
    "thus",
    "status",
    "virus",
    "campus",
    "bonus",
    "focus",
    "versus",
    "chaos",
];

/// The lemma of a folded English word: the first rule candidate that is a known word, or the
/// word itself.
pub fn lemma(word: &str, known: &dyn Fn(&str) -> bool) -> String {
    let word = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix('\''))
        .unwrap_or(word);
    if let Some(&(_, base)) = IRREGULAR.iter().find(|(form, _)| *form == word) {
        return base.to_string();
    }
    if word.len() <= 3 || NOT_INFLECTED.contains(&word) {
        return word.to_string();
    }
    candidates(word)
        .into_iter()
        .find(|candidate| candidate.len() >= 2 && known(candidate))
        .unwrap_or_else(|| word.to_string())
}

/// Lemma candidates in order of preference.
fn candidates(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(stem) = word.strip_suffix("ies") {
        out.push(format!("{stem}y"));
    }
    if let Some(stem) = word.strip_suffix("es") {
        out.push(stem.to_string());
    }
    if let Some(stem) = word.strip_suffix('s')
        && !word.ends_with("ss")
    {
        out.push(stem.to_string());
    }
    if let Some(stem) = word.strip_suffix("ied") {
        out.push(format!("{stem}y"));
    }
    for suffix in ["ed", "ing"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            out.push(format!("{stem}e"));
            out.push(stem.to_string());
            if let Some(single) = undouble(stem) {
                out.push(single);
            }
        }
    }
    if let Some(stem) = word.strip_suffix('d') {
        out.push(stem.to_string()); // agreed → agree
    }
    if let Some(stem) = word.strip_suffix("ly").filter(|_| word.len() >= 6) {
        out.push(stem.to_string());
        if let Some(stem) = stem.strip_suffix('i') {
            out.push(format!("{stem}y"));
        }
    }
    out
}

/// `stopp` → `stop`, `planned` stem `plann` → `plan`.
fn undouble(stem: &str) -> Option<String> {
    let bytes = stem.as_bytes();
    let n = bytes.len();
    (n >= 3 && bytes[n - 1] == bytes[n - 2] && !matches!(bytes[n - 1], b'l' | b's' | b'z'))
        .then(|| stem[..n - 1].to_string())
}
