//! Tests of the idea builder's helpers.

use super::*;

#[test]
fn lettered_markers_are_not_skills() {
    assert_eq!(
        without_lead_ins("**Having these skills will be a plus:**\na. nix and bash\nb) Go"),
        "**Having these skills will be a plus:**\n- nix and bash\n- Go"
    );
    assert_eq!(without_lead_ins("Go, Rust"), "Go, Rust");
    assert_eq!(without_lead_ins("Skills:\nGo"), "Skills:\nGo");
}

#[test]
fn a_badge_offers_a_size_unless_it_turns_it_down() {
    for yes in ["preferred", "possible", "Recommended", "yes"] {
        assert!(offers(yes), "{yes}");
    }
    for no in ["not recommended", "impossible", "no", "unavailable", "red"] {
        assert!(!offers(no), "{no}");
    }
}
