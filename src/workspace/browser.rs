//! [`StoryBrowser`]: the stories behind a mark, and which one is read.

/// The open list of stories and, when reading, which one.
#[derive(Clone, Debug, PartialEq)]
pub struct StoryBrowser {
    /// What the stories have in common ("ik zelf × leraren").
    pub label: String,
    /// Story rows, in dataset order.
    pub rows: Vec<usize>,
    /// Index into `rows` of the story being read.
    pub reading: Option<usize>,
}

/// Story browser commands, applied by the app.
#[derive(Clone, Debug, PartialEq)]
pub enum BrowserCommand {
    /// Read the story at this index of the list.
    Read(usize),
    /// Leave the story for the list.
    BackToList,
    /// Read the next (1) or previous (-1) story, stopping at the ends.
    Step(isize),
    /// Close the browser (the app drops it; the browser itself does nothing).
    Close,
}

impl StoryBrowser {
    /// Carries out a command on the list and the story being read.
    pub fn apply(&mut self, command: &BrowserCommand) {
        match command {
            BrowserCommand::Read(index) => {
                self.reading = Some((*index).min(self.rows.len().saturating_sub(1)))
            }
            BrowserCommand::BackToList => self.reading = None,
            BrowserCommand::Step(delta) => {
                if let Some(index) = self.reading {
                    let last = self.rows.len().saturating_sub(1) as isize;
                    self.reading = Some((index as isize + delta).clamp(0, last) as usize);
                }
            }
            BrowserCommand::Close => {}
        }
    }
}
