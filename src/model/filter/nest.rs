//! `and`, `or`, `not` and parentheses, read without recursion.
//!
//! A recursive descent (`or` → `and` → `not` → `(` → `or` …) needs a few
//! stack frames per level, and an unoptimised build spends kilobytes on
//! each: a few hundred levels exhausted a 1 MB stack before the depth
//! limit could say so. Here every open parenthesis is a [`Group`] on a heap
//! stack, so reading is as deep as memory allows and the limit
//! ([`MAX_DEPTH`]) is checked at each `(` and `not`, exactly as before.

use super::Filter;
use super::error::{Expected, MAX_DEPTH, ParseError, ParseErrorKind};
use super::lex::{Spanned, Token};
use super::parse::{Parser, kw};

/// An open parenthesis (or the whole text, at the bottom of the stack)
/// and what has been read inside it so far.
struct Group {
    /// The `(`; `None` for the whole text.
    open: Option<Spanned>,
    /// How many `not`s stood before the `(`.
    nots: usize,
    /// Finished `and` chains, joined by `or`.
    ors: Vec<Filter>,
    /// The current `and` chain.
    ands: Vec<Filter>,
}

impl Group {
    fn new(open: Option<Spanned>, nots: usize) -> Self {
        Self {
            open,
            nots,
            ors: Vec::new(),
            ands: Vec::new(),
        }
    }

    /// What the group reads as: `a`, `a and b`, `(a and b) or c`, …
    fn finish(mut self) -> Filter {
        self.ors.push(join(self.ands, Filter::And));
        join(self.ors, Filter::Or)
    }
}

impl Parser<'_> {
    /// `or EOF` of the grammar, up to (not including) the end: conditions
    /// joined by `and`/`or`, each after any number of `not`s, and groups
    /// in parentheses. Stops at the first token that continues none of
    /// them; the caller says what was wrong with it.
    pub(super) fn expression(&mut self) -> Result<Filter, ParseError> {
        let mut groups = vec![Group::new(None, 0)];
        loop {
            // A condition: `not`s, then `(` opens a group or a condition
            // follows.
            let mut nots = 0;
            loop {
                let at = self.peek().clone();
                if self.eat_word(kw::NOT) {
                    self.deeper(&at)?;
                    nots += 1;
                } else if at.token == Token::Open {
                    self.deeper(&at)?;
                    self.next();
                    groups.push(Group::new(Some(at), nots));
                    nots = 0;
                } else {
                    break;
                }
            }
            let mut condition = negated(self.primary()?, nots);
            self.depth -= nots;
            // After a condition: `and`, `or`, or `)` closing groups.
            loop {
                let Some(group) = groups.last_mut() else {
                    // The bottom group is only taken at the end, below.
                    return Ok(condition);
                };
                group.ands.push(condition);
                if self.eat_word(kw::AND) {
                    break;
                }
                if self.eat_word(kw::OR) {
                    let ands = std::mem::take(&mut group.ands);
                    group.ors.push(join(ands, Filter::And));
                    break;
                }
                let Some(open) = group.open.as_ref() else {
                    // The whole text: `parse_filter` checks what follows.
                    let whole = groups.pop().map(Group::finish);
                    return Ok(whole.unwrap_or(Filter::All));
                };
                if self.peek().token != Token::Close {
                    return Err(self.expected(Expected::CloseParen(open.column)));
                }
                self.next();
                let Some(closed) = groups.pop() else {
                    return Ok(Filter::All);
                };
                self.depth -= 1 + closed.nots;
                let nots = closed.nots;
                condition = negated(closed.finish(), nots);
            }
        }
    }

    /// Enters one more level of nesting at `at`, refusing past
    /// [`MAX_DEPTH`].
    fn deeper(&mut self, at: &Spanned) -> Result<(), ParseError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(ParseError::at(at.place(), ParseErrorKind::TooDeep));
        }
        Ok(())
    }
}

/// `filter` under `nots` `not`s.
fn negated(mut filter: Filter, nots: usize) -> Filter {
    for _ in 0..nots {
        filter = Filter::Not(Box::new(filter));
    }
    filter
}

/// One filter alone, or `wrap` of several.
fn join(mut filters: Vec<Filter>, wrap: fn(Vec<Filter>) -> Filter) -> Filter {
    match filters.len() {
        1 => filters.pop().unwrap_or(Filter::All),
        _ => wrap(filters),
    }
}
