//! The edits the lumping editor and the CLI make to an [`OptionLumping`],
//! each naming options by their index in the codebook.

use super::{MergedOptions, OptionLumping, RenamedOption};

impl OptionLumping {
    /// Merges `options` under `label`: they leave any group they were in
    /// (a group left with one option ends), are shown again if hidden, and
    /// lose their own new names. Fewer than two options merge nothing.
    pub fn merge(&mut self, options: &[usize], label: &str) {
        let mut options: Vec<usize> = options.to_vec();
        options.sort_unstable();
        options.dedup();
        let label = label.trim();
        if options.len() < 2 || label.is_empty() {
            return;
        }
        for group in &mut self.merged {
            group.options.retain(|o| !options.contains(o));
        }
        self.merged.retain(|g| g.options.len() >= 2);
        self.hidden.retain(|o| !options.contains(o));
        self.renamed.retain(|r| !options.contains(&r.option));
        self.merged.push(MergedOptions {
            label: label.to_owned(),
            options,
        });
    }

    /// Shows `option` as `label`; in a merged group the group takes the
    /// label. An empty label, or the option's own (`original`), takes a
    /// new name away.
    pub fn rename(&mut self, option: usize, label: &str, original: &str) {
        let label = label.trim();
        if let Some(group) = self.merged.iter_mut().find(|g| g.options.contains(&option)) {
            if !label.is_empty() {
                group.label = label.to_owned();
            }
            return;
        }
        self.renamed.retain(|r| r.option != option);
        if !label.is_empty() && label != original {
            self.renamed.push(RenamedOption {
                option,
                label: label.to_owned(),
            });
        }
    }

    /// Hides `option` (it leaves its merged group) or shows it again.
    pub fn set_hidden(&mut self, option: usize, hidden: bool) {
        self.hidden.retain(|&o| o != option);
        if hidden {
            for group in &mut self.merged {
                group.options.retain(|&o| o != option);
            }
            self.merged.retain(|g| g.options.len() >= 2);
            self.hidden.push(option);
            self.hidden.sort_unstable();
        }
    }

    /// Takes `option` out of its merged group (a group left with one
    /// option ends).
    pub fn unmerge(&mut self, option: usize) {
        for group in &mut self.merged {
            group.options.retain(|&o| o != option);
        }
        self.merged.retain(|g| g.options.len() >= 2);
    }
}

/// `lumpings` with `lumping` in place of the one of its question (added
/// when there was none; left out when it changes nothing).
pub fn with_lumping(lumpings: &[OptionLumping], lumping: OptionLumping) -> Vec<OptionLumping> {
    let mut out: Vec<OptionLumping> = lumpings
        .iter()
        .filter(|l| l.question != lumping.question)
        .cloned()
        .collect();
    if !lumping.is_empty() {
        out.push(lumping);
    }
    out
}
