//! No injection panics on arbitrary UTF-8.

use proptest::prelude::*;

use super::inject::{
    clause_added, clause_dropped, name_dropped, name_swapped, negation_inserted, negation_removed,
    number_changed, span_dropped,
};
use super::words::Rng;
use super::{NewsDoc, news_items, nusax_items};

proptest! {
    #[test]
    fn injections_never_panic(src in "\\PC{0,80}", tgt in "\\PC{0,80}", other in "\\PC{0,80}", seed in any::<u64>()) {
        let mut rng = Rng::keyed(&seed.to_string());
        let pool = vec!["Medan".to_string(), "KPU".to_string()];
        let _ = number_changed(&tgt, &mut rng);
        let _ = name_swapped(&src, &tgt, &pool, &mut rng);
        let _ = name_dropped(&src, &tgt, &mut rng);
        let _ = negation_inserted(&src, &tgt, &mut rng);
        let _ = negation_removed(&src, &tgt);
        let _ = clause_dropped(&tgt, &mut rng);
        let _ = span_dropped(&tgt, &mut rng);
        let _ = clause_added(&tgt, &other, &mut rng);
    }

    #[test]
    fn injections_never_panic_on_wordy_text(
        src in "([A-Z][a-z]{0,6}|[0-9.,]{1,6}|tidak|not|dan|yang|di|\"|\\(|\\)|,|\\.| ){0,30}",
        tgt in "([A-Z][a-z]{0,6}|[0-9.,]{1,6}|tidak|belum|tanpa|dan|yang|di|juta|persen|pukul|\"|\\(|\\)|,|\\.|/| ){0,30}",
        seed in any::<u64>(),
    ) {
        let items = nusax_items(&[src.clone(), "The food.".into()], &[tgt.clone(), "Makanan.".into()], "p");
        prop_assert!(items.iter().all(|i| i.at.is_none_or(|at| at < i.tgt.len())));
        let doc = NewsDoc {
            name: format!("doc{}", seed % 40),
            split: "tune".into(),
            en: vec![src.clone(), src],
            id: vec![tgt.clone(), tgt],
            gold: vec![(vec![0], vec![0]), (vec![1], vec![1])],
        };
        let _ = news_items(&[doc.clone(), doc]);
    }
}
