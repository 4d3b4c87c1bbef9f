#!/usr/bin/env python3
"""Writes the seed corpora of the CSV and XLSX fuzzers into tests/fuzz/corpus/ (committed; run
again only to change them). Each seed starts with the harness's control bytes (see the comments at
the top of fuzz_csv.cpp and fuzz_xlsx.cpp). The sync package seeds are written by the program
fuzz_syncpackage_seeds of the fuzz build:
    build/fuzz/bin/fuzz_syncpackage_seeds tests/fuzz/corpus/syncpackage
"""
import io
import pathlib
import re
import zipfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "fuzz" / "corpus"
DATA = ROOT / "tests" / "data" / "io"


def write(target, name, data):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


# --- CSV: byte 0 = encoding (bits 0-2) and delimiter (bits 3-5), byte 1 = pipe step --------------
AUTO, UTF8, GBK, UTF16, UTF16BE, BIG5, CP1252, GB18030 = range(8)
DETECT, COMMA, TAB, SEMI, PIPE = range(5)


def csv(name, data, encoding=AUTO, delimiter=DETECT, step=7):
    write("csv", name, bytes([encoding | delimiter << 3, step]) + data)


csv("customers_gbk", (DATA / "customers_gbk.csv").read_bytes()[:6000])
csv("customers_gbk_given", (DATA / "customers_gbk.csv").read_bytes()[:3000], GBK, COMMA, 13)
csv("zoho_bom_utf8", (DATA / "zoho_deals.csv").read_bytes()[:6000])
csv("zoho_utf8_given", (DATA / "zoho_deals.csv").read_bytes()[:2000], UTF8, DETECT, 3)
header = "客户名称,联系人,电话,金额\r\n"
rows = '北京华联商厦,张伟,138 0013 8000,"¥12,000.00"\r\n"上海""东方""贸易",李娜,"021-6234\r\n5678",8800\r\n'
csv("utf16le_bom", b"\xff\xfe" + (header + rows).encode("utf-16-le"), AUTO, DETECT, 5)
csv("utf16le_nobom", (header + rows).encode("utf-16-le"), UTF16, COMMA, 2)
csv("utf16be_bom", b"\xfe\xff" + (header + rows).encode("utf-16-be"), UTF16BE, DETECT, 1)
csv("gb18030_fourbyte", ("名称;备注\n𠀀公司;€ 欧元\n".encode("gb18030")), GB18030, SEMI, 4)
csv("big5", "客戶名稱|電話\n台北商行|02-2345-6789\n".encode("big5"), AUTO, PIPE, 9)
csv("tsv_quotes", b'name\tnote\n"a\tb"\t"line1\nline2"\n"unclosed\tquote\n', AUTO, TAB, 6)
csv("sep_hint", b"sep=;\r\na;b;c\r\n1;2;3\r\n;;\r\n\r\n4;5;6", AUTO, DETECT, 2)
csv("formulas", b"'=SUM(A1),'+1,'-2,'@x\r'\tx\n", CP1252, COMMA, 1)
csv("cr_only", b"a,b\r1,2\r3,4\r", AUTO, DETECT, 3)
csv("latin1", "Café,Müller\nÉtienne,Zoë\n".encode("latin-1"), AUTO, DETECT, 11)
csv("empty_fields", b",,,\n,,\n\xe2\x80\x83,\n x ,\n", UTF8, COMMA, 1)

# --- XLSX: byte 0 even = the file, odd = NUL-separated parts; bit 1 = sheet "Sheet2" ------------
PARTS = ["_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml",
         "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "[Content_Types].xml"]
NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
             'package/2006/relationships"><Relationship Id="rId1" Type="' + NS + '/officeDocument" '
             'Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
            'spreadsheetml/2006/main" xmlns:r="' + NS + '"><workbookPr date1904="{d1904}"/><sheets>'
            '<sheet name="一季度" sheetId="1" r:id="rId1" state="{state}"/><sheet name="Sheet2" sheetId="2" '
            'r:id="rId4"/></sheets></workbook>')
WORKBOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                 'package/2006/relationships"><Relationship Id="rId1" Type="' + NS + '/worksheet" '
                 'Target="worksheets/sheet1.xml"/><Relationship Id="rId4" Type="' + NS + '/worksheet" '
                 'Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId2" Type="' + NS + '/styles" '
                 'Target="styles.xml"/><Relationship Id="rId3" Type="' + NS + '/sharedStrings" '
                 'Target="sharedStrings.xml"/><Relationship Id="rId9" TargetMode="External" '
                 'Target="http://example.com"/></Relationships>')
SHARED = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
          '2006/main" count="5" uniqueCount="5"><si><t>单号</t></si><si><t>日期</t></si><si><r><rPr><b/></rPr>'
          '<t>客户</t></r><r><t xml:space="preserve"> 名称</t></r><rPh sb="0" eb="1"><t>ke</t></rPh></si>'
          '<si><t>金额_x000D_合计</t></si><si><t/></si></sst>')
STYLES = ('<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/'
          'spreadsheetml/2006/main"><numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;'
          'm&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="[h]:mm:ss;@"/><numFmt '
          'numFmtId="166" formatCode="[Red]#,##0.00 &quot;元&quot;"/></numFmts><cellXfs count="6"><xf '
          'numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf '
          'numFmtId="22"/></cellXfs></styleSheet>')
SHEET1 = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
          'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v>'
          '</c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row><row r="3" hidden="1"><c r="A3">'
          '<v>1001</v></c><c r="B3" s="1"><v>45658</v></c><c r="C3" t="inlineStr"><is><t>北京华联</t></is></c>'
          '<c r="D3" s="4"><v>12000.5</v></c></row><row r="4"><c r="A4" t="str"><f>A3+1</f><v>1002</v></c>'
          '<c r="B4" s="5"><v>45658.75</v></c><c r="C4" t="b"><v>1</v></c><c r="E4" t="e"><v>#N/A</v></c>'
          '<c r="F4" t="d"><v>2025-03-01T08:30:00</v></c><c s="3"><v>1.5</v></c><c r="XFD4"><v>1</v></c></row>'
          '<row><c t="s"><v>4</v></c><c s="2"><v>60</v></c><c t="s"><v>99</v></c></row></sheetData>'
          '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>')
SHEET2 = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
          'spreadsheetml/2006/main"><sheetData><row r="2"><c r="B2"><v>-1</v></c><c r="AA2" t="inlineStr"><is>'
          '<r><t>富文本</t></r></is></c></row></sheetData></worksheet>')


def parts(values):
    return b"\0".join(v.encode("utf-8") for v in values)


def workbook(d1904="0", state="visible"):
    return [ROOT_RELS, WORKBOOK.format(d1904=d1904, state=state), WORKBOOK_RELS, SHARED, STYLES, SHEET1, SHEET2]


write("xlsx", "parts_full", b"\x01" + parts(workbook()))
write("xlsx", "parts_1904_hidden", b"\x01" + parts(workbook("1", "hidden")))
write("xlsx", "parts_sheet2", b"\x03" + parts(workbook()))
write("xlsx", "parts_minimal", b"\x01" + parts(["", WORKBOOK.format(d1904="false", state=""), WORKBOOK_RELS,
                                                  "", "", SHEET1]))
# The real ledger, as Excel wrote it (deflated), and a small workbook stored uncompressed, where
# mutations of the file reach the XML directly.
# The ledger's sheet is cut to its first 40 rows: at 300 KB of XML each run took a fifth of a second.
buffer = io.BytesIO()
with zipfile.ZipFile(DATA / "orders_q1.xlsx") as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
    for info in source.infolist():
        data = source.read(info)
        if info.filename == "xl/worksheets/sheet1.xml":
            ends = [m.end() for m in re.finditer(rb"</row>", data)]
            data = data[:ends[39]] + data[data.index(b"</sheetData>"):]
        z.writestr(zipfile.ZipInfo(info.filename, info.date_time), data, zipfile.ZIP_DEFLATED)
write("xlsx", "orders_q1", b"\x00" + buffer.getvalue())
for name, method in (("stored", zipfile.ZIP_STORED), ("deflated", zipfile.ZIP_DEFLATED)):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as z:
        for part, text in zip(PARTS, workbook()):
            z.writestr(zipfile.ZipInfo(part, (2026, 3, 1, 8, 0, 0)), text, method)
    write("xlsx", "file_" + name, b"\x00" + buffer.getvalue())
