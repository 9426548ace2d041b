//! TEMPORARY stub until the real matcher lands.
use std::sync::OnceLock;
pub struct SkillTable {}
impl SkillTable {
    pub fn bundled() -> &'static SkillTable { static T: OnceLock<SkillTable> = OnceLock::new(); T.get_or_init(|| SkillTable {}) }
    pub fn extract(&self, raw: &str) -> Vec<String> { raw.split([',', '\n']).map(|s| s.trim().trim_start_matches("- ").to_lowercase()).filter(|s| !s.is_empty()).collect() }
    pub fn canonical(&self, name: &str) -> Option<&str> { let _ = name; None }
}
