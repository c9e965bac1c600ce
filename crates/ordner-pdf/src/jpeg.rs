//! Reading the frame header of a JPEG, so its bytes can be embedded unchanged (DCTDecode).

/// What a PDF image dictionary needs to know about a JPEG.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JpegInfo {
    pub width: u32,
    pub height: u32,
    /// 1 (grey), 3 (YCbCr/RGB) or 4 (CMYK).
    pub components: u8,
    /// An Adobe APP14 marker says CMYK data is stored inverted.
    pub adobe_inverted: bool,
}

/// Reads width, height and components from the first SOF marker. Errors say what is wrong.
pub fn read_jpeg_info(data: &[u8]) -> Result<JpegInfo, String> {
    if data.len() < 4 || data[0] != 0xFF || data[1] != 0xD8 {
        return Err("not a JPEG file (no SOI marker)".to_owned());
    }
    let mut adobe = false;
    let mut i = 2;
    while i + 4 <= data.len() {
        if data[i] != 0xFF {
            return Err(format!("corrupt JPEG: expected a marker at byte {i}"));
        }
        let marker = data[i + 1];
        // Fill bytes and markers without a length.
        if marker == 0xFF {
            i += 1;
            continue;
        }
        if marker == 0x01 || (0xD0..=0xD7).contains(&marker) {
            i += 2;
            continue;
        }
        if marker == 0xD9 || marker == 0xDA {
            return Err("JPEG has no frame header before its image data".to_owned());
        }
        let len = u16::from_be_bytes([data[i + 2], data[i + 3]]) as usize;
        if len < 2 || i + 2 + len > data.len() {
            return Err("corrupt JPEG: a segment runs past the end of the file".to_owned());
        }
        let seg = &data[i + 4..i + 2 + len];
        match marker {
            // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC).
            0xC0..=0xCF if !matches!(marker, 0xC4 | 0xC8 | 0xCC) => {
                if matches!(marker, 0xC3 | 0xC7 | 0xCB | 0xCF) {
                    return Err("lossless JPEG is not supported by PDF readers".to_owned());
                }
                if seg.len() < 6 {
                    return Err("corrupt JPEG: frame header too short".to_owned());
                }
                if seg[0] != 8 {
                    return Err(format!("{}-bit JPEG is not supported", seg[0]));
                }
                let height = u32::from(u16::from_be_bytes([seg[1], seg[2]]));
                let width = u32::from(u16::from_be_bytes([seg[3], seg[4]]));
                let components = seg[5];
                if width == 0 || height == 0 {
                    return Err("JPEG with zero width or height".to_owned());
                }
                if !matches!(components, 1 | 3 | 4) {
                    return Err(format!("JPEG with {components} colour components"));
                }
                return Ok(JpegInfo {
                    width,
                    height,
                    components,
                    adobe_inverted: adobe,
                });
            }
            // APP14 "Adobe".
            0xEE if seg.starts_with(b"Adobe") => adobe = true,
            _ => {}
        }
        i += 2 + len;
    }
    Err("JPEG ends before its frame header".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sof(width: u16, height: u16, comps: u8) -> Vec<u8> {
        let mut v = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x4A, 0x46];
        v.extend([0xFF, 0xC0, 0x00, 0x0B, 8]);
        v.extend(height.to_be_bytes());
        v.extend(width.to_be_bytes());
        v.push(comps);
        v.extend([1, 0x11, 0]);
        v.extend([0xFF, 0xD9]);
        v
    }

    #[test]
    fn reads_the_frame_header() {
        let info = read_jpeg_info(&sof(640, 480, 3)).unwrap();
        assert_eq!((info.width, info.height, info.components), (640, 480, 3));
    }

    #[test]
    fn rejects_what_is_not_a_jpeg() {
        assert!(read_jpeg_info(b"\x89PNG\r\n").is_err());
        assert!(read_jpeg_info(&[0xFF, 0xD8, 0xFF, 0xD9]).is_err());
        let mut truncated = sof(10, 10, 3);
        truncated.truncate(12);
        assert!(read_jpeg_info(&truncated).is_err());
        assert!(read_jpeg_info(&sof(0, 10, 3)).is_err());
    }
}
