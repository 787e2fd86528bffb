//! The filter language: text into a [`Filter`], resolved against a
//! [`Codebook`] so that every question and option is checked while parsing.
//!
//! ```text
//! filter     = or EOF                       (read without recursion: nest.rs)
//! or         = and { ("or" | "of") and }
//! and        = unary { ("and" | "en") unary }
//! unary      = ("not" | "niet") unary | primary
//! primary    = "(" or ")" | "all" | "text" "contains" STRING
//!            | "text" ("has" | "contains") ("word" | "phrase") STRING
//!            | "story" "in" "(" [STRING {"," STRING}] ")"
//!            | question predicate
//! question   = STRING | WORD                      (id, or title ignoring case)
//! predicate  = OP value                           (= != < <= > >= ≠ ≤ ≥)
//!            | "has" STRING | "contains" STRING
//!            | ("has" | "contains") ("word" | "phrase") STRING  (text)
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
//! alle beantwoord ontbrekend woord woordpaar` work too (`tekst bevat woord
//! "plan"`, `tekst bevat woordpaar "samen plannen"`).
//! Which predicates a question takes depends on its kind (see
//! `predicate.rs`).

use super::error::{Expected, MAX_DEPTH, ParseError, ParseErrorKind, Place};
use super::lex::{Spanned, Token, lex};
use super::{Filter, StoryId};
use crate::model::Codebook;

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
    /// `text has word "plan"`, Dutch `tekst bevat woord "plan"`.
    pub const WORD: &[&str] = &["word", "woord"];
    /// `text has phrase "samen plannen"`, Dutch `tekst bevat woordpaar …`.
    pub const PHRASE: &[&str] = &["phrase", "woordpaar"];
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
        depth: 0,
        codebook,
    };
    if parser.peek().token == Token::End {
        let whole = Place {
            column: 1,
            start: 0,
            end: text.len(),
        };
        return Err(ParseError::at(whole, ParseErrorKind::Empty));
    }
    let filter = parser.expression()?;
    let next = parser.peek();
    match next.token {
        // `!=` and `not in` add levels of their own (`answered and not …`),
        // so the tree is measured too: every pass over it may then recurse.
        Token::End if filter.depth() > MAX_DEPTH => {
            let whole = Place {
                column: 1,
                start: 0,
                end: text.len(),
            };
            Err(ParseError::at(whole, ParseErrorKind::TooDeep))
        }
        Token::End => Ok(filter),
        Token::Close => Err(ParseError::at(next.place(), ParseErrorKind::UnmatchedClose)),
        _ => Err(parser.expected(Expected::AndOrEnd)),
    }
}

pub(super) struct Parser<'a> {
    tokens: Vec<Spanned>,
    pos: usize,
    /// Open parentheses and `not`s around the current token.
    pub(super) depth: usize,
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

    /// The byte just past the last token consumed, to end a span over a
    /// construct that has just been read.
    pub(super) fn previous_end(&self) -> usize {
        self.pos
            .checked_sub(1)
            .and_then(|i| self.tokens.get(i))
            .map_or(0, |t| t.bytes.1)
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
    pub(super) fn expect(&mut self, token: &Token, what: Expected) -> Result<Spanned, ParseError> {
        if &self.peek().token == token {
            Ok(self.next())
        } else {
            Err(self.expected(what))
        }
    }

    /// "expected {what}, found {the next token}" at the next token.
    pub(super) fn expected(&self, expected: Expected) -> ParseError {
        let next = self.peek();
        ParseError::at(
            next.place(),
            ParseErrorKind::Expected {
                expected,
                found: next.token.shown(),
            },
        )
    }

    /// A condition that is not `not` or a group in parentheses (those are
    /// read by [`Parser::expression`]).
    pub(super) fn primary(&mut self) -> Result<Filter, ParseError> {
        let start = self.peek().clone();
        match &start.token {
            Token::Word(_) if start.token.is_word(kw::ALL) => {
                self.next();
                Ok(Filter::All)
            }
            Token::Word(_) if start.token.is_word(kw::TEXT) => {
                self.next();
                if self.eat_word(kw::HAS) {
                    return self.word_clause(None);
                }
                if !self.eat_word(kw::CONTAINS) {
                    return Err(self.expected(Expected::ContainsAfterText));
                }
                if self.eat_word(kw::WORD) {
                    return self.word(None);
                }
                if self.eat_word(kw::PHRASE) {
                    return self.phrase(None);
                }
                let text = self.string(Expected::SearchText)?;
                Ok(Filter::TextContains {
                    question: None,
                    text,
                })
            }
            Token::Word(_) if start.token.is_word(kw::STORY) => {
                self.next();
                if !self.eat_word(kw::IN) {
                    return Err(self.expected(Expected::InAfterStory));
                }
                let ids = self.string_list(Expected::StoryId)?;
                Ok(Filter::StoryIds(
                    ids.into_iter().map(|(id, _)| StoryId(id)).collect(),
                ))
            }
            Token::Str(_) | Token::Word(_) => self.question_condition(),
            Token::End => Err(self.expected(self.condition_after())),
            _ => Err(self.expected(Expected::ConditionStart)),
        }
    }

    /// What a missing condition should have been, naming the word before.
    fn condition_after(&self) -> Expected {
        match self.pos.checked_sub(1).map(|i| &self.tokens[i].token) {
            Some(Token::Word(w)) => Expected::ConditionAfter(w.to_lowercase()),
            Some(Token::Open) => Expected::ConditionAfter("(".into()),
            _ => Expected::Condition,
        }
    }

    /// A quoted string.
    pub(super) fn string(&mut self, what: Expected) -> Result<String, ParseError> {
        match self.peek().token.clone() {
            Token::Str(s) => {
                self.next();
                Ok(s)
            }
            _ => Err(self.expected(what)),
        }
    }

    /// `( "a", "b" )`, possibly empty; each string with its place.
    pub(super) fn string_list(
        &mut self,
        what: Expected,
    ) -> Result<Vec<(String, Place)>, ParseError> {
        self.expect(&Token::Open, Expected::ListOpen)?;
        let mut items = Vec::new();
        if self.peek().token == Token::Close {
            self.next();
            return Ok(items);
        }
        loop {
            let place = self.peek().place();
            items.push((self.string(what.clone())?, place));
            match self.peek().token {
                Token::Comma => {
                    self.next();
                }
                Token::Close => {
                    self.next();
                    return Ok(items);
                }
                _ => return Err(self.expected(Expected::CommaOrClose)),
            }
        }
    }
}
