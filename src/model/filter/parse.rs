//! The filter language: text into a [`Filter`], resolved against a
//! [`Codebook`] so that every question and option is checked while parsing.
//!
//! ```text
//! filter     = or EOF
//! or         = and { ("or" | "of") and }
//! and        = unary { ("and" | "en") unary }
//! unary      = ("not" | "niet") unary | primary
//! primary    = "(" or ")" | "all" | "text" "contains" STRING
//!            | "story" "in" "(" [STRING {"," STRING}] ")"
//!            | question predicate
//! question   = STRING | WORD                      (id, or title ignoring case)
//! predicate  = OP value                           (= != < <= > >= ≠ ≤ ≥)
//!            | "has" STRING | "contains" STRING
//!            | ["not"] "in" "(" [STRING {"," STRING}] ")"
//!            | "in" interval | "in" "zone" ZONE
//!            | "in" "polygon" "(" [point {"," point}] ")"
//!            | "stone" STRING "in" "x" interval "y" interval
//!            | "is" ("answered" | "missing" | "not" "applicable")
//! interval   = ("[" | "(") bound "," bound ("]" | ")")
//! point      = "(" NUMBER "," NUMBER "," NUMBER ")"  (top, left, right)
//! ```
//!
//! Keywords ignore case; Dutch `en of niet heeft bevat tekst verhaal steen
//! alle beantwoord ontbrekend` work too. Which predicates a question takes
//! depends on its kind (see `predicate.rs`).

use super::lex::{Spanned, Token, lex};
use super::{Filter, StoryId};
use crate::model::Codebook;

/// A mistake in a filter text: where it is and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("column {column}: {message}")]
pub struct ParseError {
    /// 1-based character column of the mistake.
    pub column: usize,
    pub message: String,
}

impl ParseError {
    pub(super) fn new(column: usize, message: impl Into<String>) -> Self {
        Self {
            column,
            message: message.into(),
        }
    }
}

/// Spellings of the keywords.
pub(super) mod kw {
    pub const AND: &[&str] = &["and", "en"];
    pub const OR: &[&str] = &["or", "of"];
    pub const NOT: &[&str] = &["not", "niet"];
    pub const ALL: &[&str] = &["all", "alle"];
    pub const TEXT: &[&str] = &["text", "tekst"];
    pub const STORY: &[&str] = &["story", "verhaal"];
    pub const HAS: &[&str] = &["has", "heeft"];
    pub const CONTAINS: &[&str] = &["contains", "bevat"];
    pub const IN: &[&str] = &["in"];
    pub const IS: &[&str] = &["is"];
    pub const ZONE: &[&str] = &["zone"];
    pub const POLYGON: &[&str] = &["polygon"];
    pub const STONE: &[&str] = &["stone", "steen"];
    pub const ANSWERED: &[&str] = &["answered", "beantwoord"];
    pub const MISSING: &[&str] = &["missing", "ontbrekend"];
    pub const APPLICABLE: &[&str] = &["applicable"];
    pub const INF: &[&str] = &["inf"];
    /// Words that can never be an unquoted question id.
    pub const RESERVED: &[&[&str]] = &[AND, OR, NOT, ALL, TEXT, STORY];
}

/// Parses the filter language (see the module docs) against `codebook`.
pub fn parse_filter(text: &str, codebook: &Codebook) -> Result<Filter, ParseError> {
    let mut parser = Parser {
        tokens: lex(text)?,
        pos: 0,
        codebook,
    };
    if parser.peek().token == Token::End {
        return Err(ParseError::new(1, "the filter is empty"));
    }
    let filter = parser.or()?;
    let next = parser.peek();
    match next.token {
        Token::End => Ok(filter),
        Token::Close => Err(ParseError::new(next.column, ") without a matching (")),
        _ => Err(parser.expected("and, or, or the end of the filter")),
    }
}

pub(super) struct Parser<'a> {
    tokens: Vec<Spanned>,
    pos: usize,
    pub(super) codebook: &'a Codebook,
}

impl Parser<'_> {
    pub(super) fn peek(&self) -> &Spanned {
        // `lex` always ends with `End`, and `next` never moves past it.
        &self.tokens[self.pos.min(self.tokens.len() - 1)]
    }

    pub(super) fn peek_at(&self, ahead: usize) -> &Token {
        &self.tokens[(self.pos + ahead).min(self.tokens.len() - 1)].token
    }

    pub(super) fn next(&mut self) -> Spanned {
        let token = self.peek().clone();
        if token.token != Token::End {
            self.pos += 1;
        }
        token
    }

    /// Consumes the keyword if it comes next.
    pub(super) fn eat_word(&mut self, spellings: &[&str]) -> bool {
        let found = self.peek().token.is_word(spellings);
        if found {
            self.pos += 1;
        }
        found
    }

    /// Consumes `token` or fails with "expected {what}, found …".
    pub(super) fn expect(&mut self, token: &Token, what: &str) -> Result<Spanned, ParseError> {
        if &self.peek().token == token {
            Ok(self.next())
        } else {
            Err(self.expected(what))
        }
    }

    /// "expected {what}, found {the next token}" at the next token.
    pub(super) fn expected(&self, what: &str) -> ParseError {
        let next = self.peek();
        ParseError::new(
            next.column,
            format!("expected {what}, found {}", next.token.shown()),
        )
    }

    fn or(&mut self) -> Result<Filter, ParseError> {
        let first = self.and()?;
        let mut rest = Vec::new();
        while self.eat_word(kw::OR) {
            rest.push(self.and()?);
        }
        Ok(join(first, rest, Filter::Or))
    }

    fn and(&mut self) -> Result<Filter, ParseError> {
        let first = self.unary()?;
        let mut rest = Vec::new();
        while self.eat_word(kw::AND) {
            rest.push(self.unary()?);
        }
        Ok(join(first, rest, Filter::And))
    }

    fn unary(&mut self) -> Result<Filter, ParseError> {
        if self.eat_word(kw::NOT) {
            return Ok(Filter::Not(Box::new(self.unary()?)));
        }
        self.primary()
    }

    fn primary(&mut self) -> Result<Filter, ParseError> {
        let start = self.peek().clone();
        match &start.token {
            Token::Open => {
                self.next();
                let inner = self.or()?;
                let what = format!(") to close the ( at column {}", start.column);
                self.expect(&Token::Close, &what)?;
                Ok(inner)
            }
            Token::Word(_) if start.token.is_word(kw::ALL) => {
                self.next();
                Ok(Filter::All)
            }
            Token::Word(_) if start.token.is_word(kw::TEXT) => {
                self.next();
                if !self.eat_word(kw::CONTAINS) {
                    return Err(self.expected("contains after text"));
                }
                let text = self.string("the text to look for in quotes after contains")?;
                Ok(Filter::TextContains {
                    question: None,
                    text,
                })
            }
            Token::Word(_) if start.token.is_word(kw::STORY) => {
                self.next();
                if !self.eat_word(kw::IN) {
                    return Err(self.expected("in after story"));
                }
                let ids = self.string_list("a story id in quotes")?;
                Ok(Filter::StoryIds(
                    ids.into_iter().map(|(id, _)| StoryId(id)).collect(),
                ))
            }
            Token::Str(_) | Token::Word(_) => self.question_condition(),
            Token::End => Err(self.expected(&self.condition_after())),
            _ => Err(self.expected("a question, text, not, or (")),
        }
    }

    /// What a missing condition should have been, naming the word before.
    fn condition_after(&self) -> String {
        match self.pos.checked_sub(1).map(|i| &self.tokens[i].token) {
            Some(Token::Word(w)) => format!("a condition after {}", w.to_lowercase()),
            Some(Token::Open) => "a condition after (".into(),
            _ => "a condition".into(),
        }
    }

    /// A quoted string.
    pub(super) fn string(&mut self, what: &str) -> Result<String, ParseError> {
        match self.peek().token.clone() {
            Token::Str(s) => {
                self.next();
                Ok(s)
            }
            _ => Err(self.expected(what)),
        }
    }

    /// `( "a", "b" )`, possibly empty; each string with its column.
    pub(super) fn string_list(&mut self, what: &str) -> Result<Vec<(String, usize)>, ParseError> {
        self.expect(&Token::Open, "( and a list in quotes")?;
        let mut items = Vec::new();
        if self.peek().token == Token::Close {
            self.next();
            return Ok(items);
        }
        loop {
            let column = self.peek().column;
            items.push((self.string(what)?, column));
            match self.peek().token {
                Token::Comma => {
                    self.next();
                }
                Token::Close => {
                    self.next();
                    return Ok(items);
                }
                _ => return Err(self.expected(", or )")),
            }
        }
    }
}

/// `first` alone, or `wrap(first, rest…)` when there is more than one.
fn join(first: Filter, rest: Vec<Filter>, wrap: fn(Vec<Filter>) -> Filter) -> Filter {
    if rest.is_empty() {
        first
    } else {
        let mut all = vec![first];
        all.extend(rest);
        wrap(all)
    }
}
