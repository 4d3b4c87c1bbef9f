#!/usr/bin/python3
"""Writes ledger.xls, the Excel 97-2003 fixture of tst_xlsreader (run once; the file is committed).
Needs python3-xlwt (Debian). A 说明 sheet first, then 客户: a merged title, a blank row, the header
on row 3, text, integer, decimal, date and date-time cells, a 合计 row; then an empty sheet."""
import datetime
import os
import xlwt

book = xlwt.Workbook(encoding="utf-8")
notes = book.add_sheet("说明")
notes.write(0, 0, "本表由 ERP 导出")

sheet = book.add_sheet("客户")
date = xlwt.easyxf(num_format_str="yyyy-mm-dd")
stamp = xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm")
money = xlwt.easyxf(num_format_str="#,##0.00")
sheet.write_merge(0, 0, 0, 4, "客户清单（2025年3月）")
for column, header in enumerate(["客户名称", "手机", "首次联系", "金额", "数量"]):
    sheet.write(2, column, header)
rows = [
    ("上海甲贸易有限公司", "13800138000", datetime.date(2025, 3, 7), 1234.5, 3),
    ("北京乙科技", "+86 139 0013 9000", datetime.datetime(2025, 3, 8, 14, 30), 200, 12),
    ("广州丙商行", "", datetime.date(2024, 12, 31), 0.1, 1),
]
for r, (name, phone, when, amount, quantity) in enumerate(rows, start=3):
    sheet.write(r, 0, name)
    if phone:
        sheet.write(r, 1, phone)
    sheet.write(r, 2, when, stamp if isinstance(when, datetime.datetime) else date)
    sheet.write(r, 3, amount, money)
    sheet.write(r, 4, quantity)
sheet.write(6, 0, "合计")
sheet.write(6, 3, 1434.6, money)
sheet.write(6, 4, 16)

book.add_sheet("空表")
book.save(os.path.join(os.path.dirname(os.path.abspath(__file__)), "ledger.xls"))
