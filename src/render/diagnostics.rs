//! TEMPORARY stub: concise output only, until the real renderers land.
use crate::lint::Finding;
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DiagFormat {
    Human,
    Concise,
    Json,
    Github,
    Sarif,
}
pub fn write_findings(
    out: &mut dyn std::io::Write,
    _format: DiagFormat,
    findings: &[Finding],
    _source: &dyn Fn(&str) -> Option<String>,
    _color: bool,
) -> std::io::Result<()> {
    for f in findings {
        writeln!(
            out,
            "{}:{}:{}: {}[{}] {}",
            f.path, f.line, f.column, f.level, f.rule, f.message
        )?;
    }
    Ok(())
}
