//! Pretty JSON written the way serde_json's `PrettyFormatter` writes it (two-space indent, `": "`
//! after keys, `[]` and `{}` when empty), straight into a `Vec<u8>`, starting at any depth.
//!
//! Why not serde_json itself: its string escaping looks up every byte in a table (about nine
//! instructions a byte, and most of `--format json` is long strings), and an element of an
//! array had to be printed alone and then indented a second time. Here a string is checked
//! eight bytes at a time for the few bytes JSON escapes, and elements are written at their
//! depth. Numbers are still written by serde_json (so they are its digits exactly); whatever
//! this writer does not handle (byte strings, enum variants with fields, keys that are not
//! strings) fails with [`Unsupported`], and the caller has serde_json write that value.

use serde::{ser, Serialize};
use std::fmt;

/// A serializer of pretty JSON into `out`, its containers' contents at `depth + 1`.
pub(crate) struct Pretty<'a> {
    pub(crate) out: &'a mut Vec<u8>,
    pub(crate) depth: usize,
}

/// A value [`Pretty`] leaves to serde_json (or an error of the value's own serialisation).
#[derive(Debug)]
pub(crate) struct Unsupported;

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not written by the fast JSON writer")
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Unsupported
    }
}

type Result = std::result::Result<(), Unsupported>;

impl<'a> Pretty<'a> {
    /// A newline and the indent of `self.depth`.
    fn newline(&mut self) {
        self.out.push(b'\n');
        for _ in 0..self.depth {
            self.out.extend_from_slice(b"  ");
        }
    }

    /// A scalar as serde_json writes it.
    fn scalar<T: Serialize>(&mut self, v: T) -> Result {
        serde_json::to_writer(&mut *self.out, &v).map_err(|_| Unsupported)
    }

    /// Opens a container (`[` or `{`); `Some(0)` elements: written empty at once.
    fn open<'b>(&'b mut self, len: Option<usize>, open: u8, close: u8) -> Compound<'b, 'a> {
        self.out.push(open);
        if len == Some(0) {
            self.out.push(close);
            return Compound {
                ser: self,
                close,
                first: true,
                done: true,
            };
        }
        self.depth += 1;
        Compound {
            ser: self,
            close,
            first: true,
            done: false,
        }
    }
}

/// An open array or object.
pub(crate) struct Compound<'b, 'a> {
    ser: &'b mut Pretty<'a>,
    close: u8,
    /// No element written yet.
    first: bool,
    /// Written whole already (empty).
    done: bool,
}

impl Compound<'_, '_> {
    /// What comes before an element or a key: a comma after the first, a newline, the indent.
    fn next(&mut self) {
        if !self.first {
            self.ser.out.push(b',');
        }
        self.first = false;
        self.ser.newline();
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.next();
        value.serialize(&mut *self.ser)
    }

    fn key(&mut self, key: &str) {
        self.next();
        write_str(self.ser.out, key);
        self.ser.out.extend_from_slice(b": ");
    }

    fn close(self) -> Result {
        if self.done {
            return Ok(());
        }
        self.ser.depth -= 1;
        if !self.first {
            self.ser.newline();
        }
        self.ser.out.push(self.close);
        Ok(())
    }
}

impl<'b, 'a> ser::Serializer for &'b mut Pretty<'a> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Compound<'b, 'a>;
    type SerializeTuple = Compound<'b, 'a>;
    type SerializeTupleStruct = Compound<'b, 'a>;
    type SerializeTupleVariant = ser::Impossible<(), Unsupported>;
    type SerializeMap = Compound<'b, 'a>;
    type SerializeStruct = Compound<'b, 'a>;
    type SerializeStructVariant = ser::Impossible<(), Unsupported>;

    fn serialize_bool(self, v: bool) -> Result {
        self.out
            .extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result {
        self.scalar(v)
    }
    fn serialize_i16(self, v: i16) -> Result {
        self.scalar(v)
    }
    fn serialize_i32(self, v: i32) -> Result {
        self.scalar(v)
    }
    fn serialize_i64(self, v: i64) -> Result {
        self.scalar(v)
    }
    fn serialize_i128(self, v: i128) -> Result {
        self.scalar(v)
    }
    fn serialize_u8(self, v: u8) -> Result {
        self.scalar(v)
    }
    fn serialize_u16(self, v: u16) -> Result {
        self.scalar(v)
    }
    fn serialize_u32(self, v: u32) -> Result {
        self.scalar(v)
    }
    fn serialize_u64(self, v: u64) -> Result {
        self.scalar(v)
    }
    fn serialize_u128(self, v: u128) -> Result {
        self.scalar(v)
    }
    fn serialize_f32(self, v: f32) -> Result {
        self.scalar(v)
    }
    fn serialize_f64(self, v: f64) -> Result {
        self.scalar(v)
    }
    fn serialize_char(self, v: char) -> Result {
        write_str(self.out, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result {
        write_str(self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result {
        Err(Unsupported)
    }
    fn serialize_none(self) -> Result {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result {
        self.serialize_none()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result {
        let mut map = self.open(Some(1), b'{', b'}');
        map.key(variant);
        value.serialize(&mut *map.ser)?;
        map.close()
    }
    fn serialize_seq(
        self,
        len: Option<usize>,
    ) -> std::result::Result<Compound<'b, 'a>, Unsupported> {
        Ok(self.open(len, b'[', b']'))
    }
    fn serialize_tuple(self, len: usize) -> std::result::Result<Compound<'b, 'a>, Unsupported> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        len: usize,
    ) -> std::result::Result<Compound<'b, 'a>, Unsupported> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> std::result::Result<Self::SerializeTupleVariant, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_map(
        self,
        len: Option<usize>,
    ) -> std::result::Result<Compound<'b, 'a>, Unsupported> {
        Ok(self.open(len, b'{', b'}'))
    }
    fn serialize_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> std::result::Result<Compound<'b, 'a>, Unsupported> {
        // serde_json's raw values are structs of this name.
        if name == "$serde_json::private::RawValue" {
            return Err(Unsupported);
        }
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> std::result::Result<Self::SerializeStructVariant, Unsupported> {
        Err(Unsupported)
    }
}

impl ser::SerializeSeq for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.element(value)
    }
    fn end(self) -> Result {
        self.close()
    }
}

impl ser::SerializeTuple for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.element(value)
    }
    fn end(self) -> Result {
        self.close()
    }
}

impl ser::SerializeTupleStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.element(value)
    }
    fn end(self) -> Result {
        self.close()
    }
}

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result {
        self.next();
        key.serialize(KeyWriter(self.ser.out))?;
        self.ser.out.extend_from_slice(b": ");
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        value.serialize(&mut *self.ser)
    }
    fn end(self) -> Result {
        self.close()
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
        self.key(key);
        value.serialize(&mut *self.ser)
    }
    fn end(self) -> Result {
        self.close()
    }
}

/// Writes a map key that is a string (field names, as `#[serde(flatten)]` gives them); any
/// other key is [`Unsupported`] (serde_json quotes numbers and booleans: left to it).
struct KeyWriter<'a>(&'a mut Vec<u8>);

impl ser::Serializer for KeyWriter<'_> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = ser::Impossible<(), Unsupported>;
    type SerializeTuple = ser::Impossible<(), Unsupported>;
    type SerializeTupleStruct = ser::Impossible<(), Unsupported>;
    type SerializeTupleVariant = ser::Impossible<(), Unsupported>;
    type SerializeMap = ser::Impossible<(), Unsupported>;
    type SerializeStruct = ser::Impossible<(), Unsupported>;
    type SerializeStructVariant = ser::Impossible<(), Unsupported>;

    fn serialize_str(self, v: &str) -> Result {
        write_str(self.0, v);
        Ok(())
    }
    fn serialize_bool(self, _: bool) -> Result {
        Err(Unsupported)
    }
    fn serialize_i8(self, _: i8) -> Result {
        Err(Unsupported)
    }
    fn serialize_i16(self, _: i16) -> Result {
        Err(Unsupported)
    }
    fn serialize_i32(self, _: i32) -> Result {
        Err(Unsupported)
    }
    fn serialize_i64(self, _: i64) -> Result {
        Err(Unsupported)
    }
    fn serialize_u8(self, _: u8) -> Result {
        Err(Unsupported)
    }
    fn serialize_u16(self, _: u16) -> Result {
        Err(Unsupported)
    }
    fn serialize_u32(self, _: u32) -> Result {
        Err(Unsupported)
    }
    fn serialize_u64(self, _: u64) -> Result {
        Err(Unsupported)
    }
    fn serialize_f32(self, _: f32) -> Result {
        Err(Unsupported)
    }
    fn serialize_f64(self, _: f64) -> Result {
        Err(Unsupported)
    }
    fn serialize_char(self, v: char) -> Result {
        write_str(self.0, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result {
        Err(Unsupported)
    }
    fn serialize_none(self) -> Result {
        Err(Unsupported)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result {
        Err(Unsupported)
    }
    fn serialize_unit(self) -> Result {
        Err(Unsupported)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result {
        Err(Unsupported)
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result {
        write_str(self.0, variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, _: &T) -> Result {
        Err(Unsupported)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result {
        Err(Unsupported)
    }
    fn serialize_seq(
        self,
        _: Option<usize>,
    ) -> std::result::Result<Self::SerializeSeq, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_tuple(self, _: usize) -> std::result::Result<Self::SerializeTuple, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> std::result::Result<Self::SerializeTupleStruct, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> std::result::Result<Self::SerializeTupleVariant, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_map(
        self,
        _: Option<usize>,
    ) -> std::result::Result<Self::SerializeMap, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> std::result::Result<Self::SerializeStruct, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> std::result::Result<Self::SerializeStructVariant, Unsupported> {
        Err(Unsupported)
    }
}

/// Bytes JSON writes escaped: controls, `"` and `\\` (as serde_json: `\\n` and the like for
/// the usual five controls, `\\u00xx` for the others; 0x7f and non-ASCII as they are).
const ESCAPE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = b'u';
        b += 1;
    }
    t[0x08] = b'b';
    t[0x09] = b't';
    t[0x0a] = b'n';
    t[0x0c] = b'f';
    t[0x0d] = b'r';
    t[b'"' as usize] = b'"';
    t[b'\\' as usize] = b'\\';
    t
};

/// The bytes of `w` (eight, little-endian) that JSON escapes (below 0x20, `"` and `\\`), as
/// their high bits, with the classic test for a byte below n: `(w - n×ones) & !w & highs`
/// (exact for n <= 128 as to whether one is; above a byte that is, a byte may be flagged that
/// is not, so the lowest flag is always a true one).
fn escapes(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let below = |v: u64, n: u64| v.wrapping_sub(ONES * n) & !v & HIGHS;
    below(w, 0x20)
        | below(w ^ (ONES * u64::from(b'"')), 1)
        | below(w ^ (ONES * u64::from(b'\\')), 1)
}

/// Where the first byte of `bytes` that JSON escapes is: thirty-two bytes checked at a time
/// while none is (most strings have few escapes), then eight, then the last few one by one.
fn next_escape(bytes: &[u8]) -> Option<usize> {
    let (words, tail) = bytes.as_chunks::<8>();
    let mut n = 0;
    for quad in words.as_chunks::<4>().0 {
        if quad
            .iter()
            .fold(0, |m, w| m | escapes(u64::from_le_bytes(*w)))
            != 0
        {
            break;
        }
        n += 4;
    }
    for w in &words[n..] {
        match escapes(u64::from_le_bytes(*w)) {
            0 => n += 1,
            m => return Some(n * 8 + (m.trailing_zeros() / 8) as usize),
        }
    }
    let k = tail.iter().position(|&b| ESCAPE[usize::from(b)] != 0)?;
    Some(words.len() * 8 + k)
}

/// Appends `s` as a JSON string, escaped as serde_json escapes it.
pub(crate) fn write_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    // The bytes before `from` are written.
    let mut from = 0;
    while let Some(k) = next_escape(&bytes[from..]) {
        let at = from + k;
        let b = bytes[at];
        out.extend_from_slice(&bytes[from..at]);
        match ESCAPE[usize::from(b)] {
            b'u' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(&[
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[usize::from(b >> 4)],
                    HEX[usize::from(b & 0xf)],
                ]);
            }
            e => out.extend_from_slice(&[b'\\', e]),
        }
        from = at + 1;
    }
    out.extend_from_slice(&bytes[from..]);
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ours<T: Serialize>(v: &T, depth: usize) -> String {
        let mut out = Vec::new();
        v.serialize(&mut Pretty {
            out: &mut out,
            depth,
        })
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn escapes_as_serde_json() {
        for s in [
            "",
            "plain",
            "\"q\" and \\ back",
            "\u{0}\u{1}\u{8}\t\n\u{b}\u{c}\r\u{1f} \u{7f}",
            "ünïcode 边缘 \n",
            "0123456789abcdef\"0123456789abcdef\\01234567",
        ] {
            let mut out = Vec::new();
            write_str(&mut out, s);
            assert_eq!(
                String::from_utf8(out).unwrap(),
                serde_json::to_string(s).unwrap()
            );
        }
    }

    #[test]
    fn nesting_is_serde_json_pretty() {
        #[derive(Serialize)]
        enum E {
            Unit,
            New(Vec<u8>),
        }
        #[derive(Serialize)]
        struct Inner {
            a: Vec<String>,
            b: Option<(u8, char)>,
            e: Vec<E>,
            #[serde(skip_serializing_if = "Option::is_none")]
            skipped: Option<u8>,
            empty: std::collections::BTreeMap<String, u8>,
            f: f64,
            nan: f64,
        }
        #[derive(Serialize)]
        struct Outer {
            #[serde(flatten)]
            inner: Inner,
            more: Vec<Vec<u32>>,
            unit: (),
            t: bool,
        }
        let v = Outer {
            inner: Inner {
                a: vec!["x".into(), "y\n".into()],
                b: Some((7, 'c')),
                e: vec![E::Unit, E::New(vec![]), E::New(vec![1, 2])],
                skipped: None,
                empty: Default::default(),
                f: 1e21,
                nan: f64::NAN,
            },
            more: vec![vec![], vec![1], vec![2, 3]],
            unit: (),
            t: true,
        };
        assert_eq!(ours(&v, 0), serde_json::to_string_pretty(&v).unwrap());
        assert_eq!(ours(&Vec::<u8>::new(), 0), "[]");
        assert_eq!(ours(&vec![vec![1u8]], 1), "[\n    [\n      1\n    ]\n  ]");
    }

    #[test]
    fn what_it_leaves_to_serde_json_fails() {
        #[derive(Serialize)]
        enum E {
            Tuple(u8, u8),
            Struct { a: u8 },
        }
        let map: std::collections::BTreeMap<u8, u8> = [(1, 2)].into_iter().collect();
        assert!(fails(&map));
        assert!(fails(&E::Tuple(1, 2)));
        assert!(fails(&E::Struct { a: 1 }));
        assert!(fails(&serde_bytes_like()));
    }

    /// A value serialised as bytes.
    fn serde_bytes_like() -> impl Serialize {
        struct B;
        impl Serialize for B {
            fn serialize<S: ser::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                s.serialize_bytes(b"ab")
            }
        }
        B
    }

    fn fails<T: Serialize>(v: &T) -> bool {
        v.serialize(&mut Pretty {
            out: &mut Vec::new(),
            depth: 0,
        })
        .is_err()
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 3000,
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        /// Any string, escaped as serde_json escapes it.
        #[test]
        fn strings_are_escaped_as_serde_json_does(
            s in "([\\x00-\\x7f]|[ -~]{0,12}|ü|边|\\\\|\"){0,40}"
        ) {
            let mut out = Vec::new();
            write_str(&mut out, &s);
            prop_assert_eq!(String::from_utf8(out).unwrap(), serde_json::to_string(&s).unwrap());
        }
    }
}
