//! Tokens of the filter language, each with the 1-based character column
//! where it starts, so that every parse error can point at its mistake.

use super::Date;
use super::error::{Found, ParseError, ParseErrorKind, Place};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl Op {
    pub(super) fn symbol(self) -> &'static str {
        match self {
            Self::Eq => "=",
            Self::Ne => "!=",
            Self::Lt => "<",
            Self::Le => "<=",
            Self::Gt => ">",
            Self::Ge => ">=",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub(super) enum Token {
    /// Text in double quotes (or typographic “ ”), escapes resolved.
    Str(String),
    /// A number; `-inf` lexes as negative infinity.
    Number(f64),
    Date(Date),
    /// A keyword or an unquoted question id.
    Word(String),
    Op(Op),
    Open,
    Close,
    OpenBracket,
    CloseBracket,
    Comma,
    End,
}

impl Token {
    /// How an error message shows what it found.
    pub(super) fn shown(&self) -> Found {
        Found::Token(match self {
            Self::Str(s) | Self::Word(s) => format!("\"{s}\""),
            Self::Number(v) => v.to_string(),
            Self::Date(d) => d.to_string(),
            Self::Op(op) => op.symbol().to_owned(),
            Self::Open => "(".into(),
            Self::Close => ")".into(),
            Self::OpenBracket => "[".into(),
            Self::CloseBracket => "]".into(),
            Self::Comma => ",".into(),
            Self::End => return Found::End,
        })
    }

    /// Whether this is the keyword `word` (or one of its spellings).
    pub(super) fn is_word(&self, spellings: &[&str]) -> bool {
        matches!(self, Self::Word(w) if spellings.iter().any(|s| w.eq_ignore_ascii_case(s)))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub(super) struct Spanned {
    pub token: Token,
    /// 1-based character column of the token's first character.
    pub column: usize,
    /// Byte range of the token in the text.
    pub bytes: (usize, usize),
}

impl Spanned {
    /// Where the token is, for an error about it.
    pub(super) fn place(&self) -> Place {
        Place {
            column: self.column,
            start: self.bytes.0,
            end: self.bytes.1,
        }
    }
}

/// Byte offset of every character of `text`, and of its end.
fn byte_offsets(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect()
}

/// The place of characters `start..end` (indices into `offsets`).
fn place(offsets: &[usize], start: usize, end: usize) -> Place {
    let byte = |i: usize| offsets.get(i).or(offsets.last()).copied().unwrap_or(0);
    Place {
        column: start + 1,
        start: byte(start),
        end: byte(end),
    }
}

/// Splits `text` into tokens, ending with [`Token::End`] at the column just
/// past the last character.
pub(super) fn lex(text: &str) -> Result<Vec<Spanned>, ParseError> {
    let chars: Vec<char> = text.chars().collect();
    let offsets = byte_offsets(text);
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let column = i + 1;
        let next = chars.get(i + 1).copied();
        let (token, len) = match c {
            _ if c.is_whitespace() => {
                i += 1;
                continue;
            }
            '"' | '“' | '”' => string(&chars, &offsets, i)?,
            '(' => (Token::Open, 1),
            ')' => (Token::Close, 1),
            '[' => (Token::OpenBracket, 1),
            ']' => (Token::CloseBracket, 1),
            ',' => (Token::Comma, 1),
            '≥' => (Token::Op(Op::Ge), 1),
            '≤' => (Token::Op(Op::Le), 1),
            '≠' => (Token::Op(Op::Ne), 1),
            '=' if next == Some('=') => (Token::Op(Op::Eq), 2),
            '=' => (Token::Op(Op::Eq), 1),
            '!' if next == Some('=') => (Token::Op(Op::Ne), 2),
            '<' if next == Some('=') => (Token::Op(Op::Le), 2),
            '<' if next == Some('>') => (Token::Op(Op::Ne), 2),
            '<' => (Token::Op(Op::Lt), 1),
            '>' if next == Some('=') => (Token::Op(Op::Ge), 2),
            '>' => (Token::Op(Op::Gt), 1),
            '-' if next.is_some_and(|n| n.is_ascii_digit()) => number(&chars, &offsets, i)?,
            '-' if word_at(&chars, i + 1).eq_ignore_ascii_case("inf") => {
                (Token::Number(f64::NEG_INFINITY), 4)
            }
            _ if c.is_ascii_digit() => number(&chars, &offsets, i)?,
            _ if c.is_alphabetic() || c == '_' => {
                let word = word_at(&chars, i);
                let len = word.chars().count();
                (Token::Word(word), len)
            }
            _ => {
                return Err(ParseError::at(
                    place(&offsets, i, i + 1),
                    ParseErrorKind::UnexpectedCharacter(c),
                ));
            }
        };
        let at = place(&offsets, i, i + len);
        tokens.push(Spanned {
            token,
            column,
            bytes: (at.start, at.end),
        });
        i += len;
    }
    tokens.push(Spanned {
        token: Token::End,
        column: chars.len() + 1,
        bytes: (text.len(), text.len()),
    });
    Ok(tokens)
}

fn word_at(chars: &[char], start: usize) -> String {
    chars[start.min(chars.len())..]
        .iter()
        .take_while(|c| c.is_alphanumeric() || **c == '_')
        .collect()
}

/// A quoted string starting at `start`; `\"` and `\\` escape.
fn string(chars: &[char], offsets: &[usize], start: usize) -> Result<(Token, usize), ParseError> {
    let mut out = String::new();
    let mut i = start + 1;
    while let Some(&c) = chars.get(i) {
        match c {
            '\\' if matches!(chars.get(i + 1), Some('"' | '\\' | '“' | '”')) => {
                out.push(chars[i + 1]);
                i += 2;
            }
            '"' | '“' | '”' => return Ok((Token::Str(out), i + 1 - start)),
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    Err(ParseError::at(
        place(offsets, start, chars.len()),
        ParseErrorKind::UnclosedQuote(out),
    ))
}

/// A number (`70`, `0.5`, `-3`) or a date (`2019-03-31`) starting at
/// `start`. A `.` belongs to the number only when a digit follows it.
fn number(chars: &[char], offsets: &[usize], start: usize) -> Result<(Token, usize), ParseError> {
    let digits_from = |i: usize| chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut end = start + usize::from(chars[start] == '-');
    end += digits_from(end);
    if end - start == 4 && chars.get(end) == Some(&'-') {
        let len = chars[start..]
            .iter()
            .take_while(|c| c.is_ascii_digit() || **c == '-')
            .count();
        let text: String = chars[start..start + len].iter().collect();
        return match Date::parse(&text) {
            Some(date) => Ok((Token::Date(date), len)),
            None => Err(ParseError::at(
                place(offsets, start, start + len),
                ParseErrorKind::BadDate(text),
            )),
        };
    }
    if chars.get(end) == Some(&'.') && chars.get(end + 1).is_some_and(|c| c.is_ascii_digit()) {
        end += 1 + digits_from(end + 1);
    }
    let text: String = chars[start..end].iter().collect();
    match text.parse() {
        Ok(value) => Ok((Token::Number(value), end - start)),
        Err(_) => Err(ParseError::at(
            place(offsets, start, end),
            ParseErrorKind::BadNumber(text),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<Token> {
        lex(text).unwrap().into_iter().map(|t| t.token).collect()
    }

    #[test]
    fn tokens_and_columns() {
        let tokens = lex("\"Gevoel\" has “hoop” and x>=-2.5").unwrap();
        let columns: Vec<usize> = tokens.iter().map(|t| t.column).collect();
        assert_eq!(columns, vec![1, 10, 14, 21, 25, 26, 28, 32]);
        assert_eq!(tokens[2].token, Token::Str("hoop".into()));
        assert_eq!(tokens[5].token, Token::Op(Op::Ge));
        assert_eq!(tokens[6].token, Token::Number(-2.5));
        assert_eq!(
            kinds("[2019-01-01, inf) ≠ ≤ ≥ <>"),
            vec![
                Token::OpenBracket,
                Token::Date(Date::from_days(17897)),
                Token::Comma,
                Token::Word("inf".into()),
                Token::Close,
                Token::Op(Op::Ne),
                Token::Op(Op::Le),
                Token::Op(Op::Ge),
                Token::Op(Op::Ne),
                Token::End,
            ]
        );
        assert_eq!(
            kinds(r#""a \"b\" \\" -inf 0.5 7"#)[..3],
            [
                Token::Str(r#"a "b" \"#.into()),
                Token::Number(f64::NEG_INFINITY),
                Token::Number(0.5),
            ]
        );
    }

    #[test]
    fn errors_point_at_their_column() {
        let err = lex("\"Gevoel\" has \"hoop").unwrap_err();
        assert_eq!(
            (err.column, err.span, err.kind),
            (14, 13..18, ParseErrorKind::UnclosedQuote("hoop".into()))
        );
        assert_eq!(lex("a && b").unwrap_err().column, 3);
        assert_eq!(lex("é 2019-13-01").unwrap_err().column, 3);
    }
}
