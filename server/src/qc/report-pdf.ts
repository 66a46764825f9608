// The printable QC report of a project as a PDF (pdfkit, standard fonts, charts drawn as vectors):
// what an external auditor takes away. A pure function of the report's content, so that the same
// content always gives the same pages.
import PDFDocument from 'pdfkit';
import { GRADES, type Grade } from './checklist-definition.ts';
import type { CentreFigures } from './dashboard-figures.ts';

export interface QcReport {
  project: { code: string; title: string };
  generatedAt: string;
  generatedBy: { username: string; role: string };
  protocol: { current: { version: number; title: string } | null; inUse: Array<{ version: number; title: string; exams: number }> };
  checklist: { current: { version: number; title: string } | null; inUse: Array<{ version: number; title: string; reviews: number }> };
  figures: { centres: CentreFigures[]; total: CentreFigures; examsLeftOut: number };
  /** SHA-256 of the canonical JSON of `figures`, also recorded in the audit event of the report. */
  figuresDigest: string;
  audit: {
    /** The event that records this report's generation: the chain head when it was generated. */
    seq: string;
    hash: string;
    checkpoint: { seq: string; hash: string; signedAt: string; keyId: string; signature: string } | null;
  };
}

const PAGE = { width: 595.28, height: 841.89, margin: 50 };
const BOTTOM = PAGE.height - PAGE.margin - 20;
const CONTENT = PAGE.width - 2 * PAGE.margin;
const ROW = 15;
const GRADE_COLOURS: Record<Grade, string> = { good: '#2e7d32', acceptable: '#9ccc65', poor: '#ffa726', 'non-diagnostic': '#c62828' };
const BAR = '#1f5f99';

// The standard fonts write WinAnsi (Windows-1252): Latin-1 and these; anything else prints as '?'.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
export const printable = (text: string): string =>
  [...text].map((c) => (c === '\n' || (c >= ' ' && c <= '~') || (c >= '\u00a0' && c <= '\u00ff') || WIN_ANSI_EXTRA.has(c) ? c : '?')).join('');

const pct = (rate: number | null) => (rate === null ? '-' : `${(Math.round(rate * 1000) / 10).toFixed(1)} %`);
const days = (d: number | null) => (d === null ? '-' : d.toFixed(1));

interface Column {
  title: string;
  width: number;
  align?: 'left' | 'right';
}

class Layout {
  readonly doc: PDFKit.PDFDocument;

  constructor(doc: PDFKit.PDFDocument) {
    this.doc = doc;
  }

  get y(): number {
    return this.doc.y;
  }

  /** Starts a new page unless `height` still fits on this one. */
  room(height: number): void {
    if (this.doc.y + height > BOTTOM) this.doc.addPage();
  }

  heading(text: string): void {
    this.room(60);
    this.doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).fillColor('black').text(printable(text), PAGE.margin, this.doc.y);
    this.doc.moveDown(0.3).font('Helvetica').fontSize(9);
  }

  paragraph(text: string): void {
    this.room(30);
    this.doc.font('Helvetica').fontSize(9).fillColor('black').text(printable(text), PAGE.margin, this.doc.y, { width: CONTENT });
    this.doc.moveDown(0.3);
  }

  /** A table; the header repeats on each page it runs onto. */
  table(columns: Column[], rows: string[][], boldLast = false): void {
    const header = () => {
      this.row(columns, columns.map((c) => c.title), 'Helvetica-Bold', '#e8eef5');
    };
    this.room(ROW * 2);
    header();
    rows.forEach((cells, i) => {
      if (this.doc.y + ROW > BOTTOM) {
        this.doc.addPage();
        header();
      }
      this.row(columns, cells, boldLast && i === rows.length - 1 ? 'Helvetica-Bold' : 'Helvetica');
    });
    this.doc.x = PAGE.margin;
    this.doc.moveDown(0.5);
  }

  private row(columns: Column[], cells: string[], font: string, fill?: string): void {
    const y = this.doc.y;
    if (fill) this.doc.rect(PAGE.margin, y - 2, CONTENT, ROW).fill(fill);
    let x = PAGE.margin;
    this.doc.font(font).fontSize(8).fillColor('black');
    columns.forEach((c, i) => {
      this.doc.text(printable(cells[i] ?? ''), x + 2, y + 1, { width: c.width - 4, align: c.align ?? 'left', lineBreak: false, ellipsis: true });
      x += c.width;
    });
    this.doc.moveTo(PAGE.margin, y + ROW - 2).lineTo(PAGE.margin + CONTENT, y + ROW - 2).lineWidth(0.3).strokeColor('#b0b8c0').stroke();
    this.doc.y = y + ROW;
  }

  /** Horizontal bars, one per label, scaled to `max`; each value printed after its bar. */
  bars(title: string, items: Array<{ label: string; value: number | null; text: string }>, max: number): void {
    this.room(40 + ROW * Math.min(items.length, 5));
    this.doc.font('Helvetica-Bold').fontSize(9).fillColor('black').text(printable(title), PAGE.margin, this.doc.y);
    this.doc.moveDown(0.3);
    const labelWidth = 150;
    const width = CONTENT - labelWidth - 60;
    for (const item of items) {
      this.room(ROW);
      const y = this.doc.y;
      this.doc.font('Helvetica').fontSize(8).fillColor('black').text(printable(item.label), PAGE.margin, y + 2, { width: labelWidth - 6, lineBreak: false, ellipsis: true });
      this.doc.rect(PAGE.margin + labelWidth, y, width, ROW - 4).lineWidth(0.3).strokeColor('#b0b8c0').stroke();
      if (item.value !== null && max > 0) this.doc.rect(PAGE.margin + labelWidth, y, (width * Math.min(item.value, max)) / max, ROW - 4).fill(BAR);
      this.doc.fillColor('black').text(printable(item.text), PAGE.margin + labelWidth + width + 6, y + 2, { lineBreak: false });
      this.doc.y = y + ROW;
    }
    this.doc.x = PAGE.margin;
    this.doc.moveDown(0.5);
  }

  /** One bar per centre split by grade (shares of its graded series), with a legend. */
  stackedGrades(title: string, rows: CentreFigures[]): void {
    this.room(60 + ROW * Math.min(rows.length, 5));
    this.doc.font('Helvetica-Bold').fontSize(9).fillColor('black').text(printable(title), PAGE.margin, this.doc.y);
    this.doc.moveDown(0.3);
    let x = PAGE.margin;
    const legendY = this.doc.y;
    for (const g of GRADES) {
      this.doc.rect(x, legendY, 8, 8).fill(GRADE_COLOURS[g]);
      this.doc.font('Helvetica').fontSize(8).fillColor('black').text(g, x + 11, legendY, { lineBreak: false });
      x += 95;
    }
    this.doc.y = legendY + 14;
    const labelWidth = 150;
    const width = CONTENT - labelWidth - 60;
    for (const f of rows) {
      this.room(ROW);
      const y = this.doc.y;
      const n = GRADES.reduce((sum, g) => sum + f.grades[g], 0);
      this.doc.font('Helvetica').fontSize(8).fillColor('black').text(printable(f.centreName), PAGE.margin, y + 2, { width: labelWidth - 6, lineBreak: false, ellipsis: true });
      this.doc.rect(PAGE.margin + labelWidth, y, width, ROW - 4).lineWidth(0.3).strokeColor('#b0b8c0').stroke();
      let at = PAGE.margin + labelWidth;
      for (const g of GRADES) {
        if (n === 0 || f.grades[g] === 0) continue;
        const w = (width * f.grades[g]) / n;
        this.doc.rect(at, y, w, ROW - 4).fill(GRADE_COLOURS[g]);
        at += w;
      }
      this.doc.fillColor('black').text(`${n} series`, PAGE.margin + labelWidth + width + 6, y + 2, { lineBreak: false });
      this.doc.y = y + ROW;
    }
    this.doc.x = PAGE.margin;
    this.doc.moveDown(0.5);
  }
}

export function renderQcReport(report: QcReport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    bufferPages: true,
    info: {
      Title: printable(`QC report - ${report.project.code}`),
      Subject: 'Quality control of imaging: conformance checks, QC review, queries to centres',
      Author: 'Corelab',
      Creator: 'Corelab',
      CreationDate: new Date(report.generatedAt),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const l = new Layout(doc);
  const { figures } = report;
  const everyone = [...figures.centres, figures.total];

  doc.font('Helvetica-Bold').fontSize(18).text(printable(`QC report - ${report.project.code}`));
  doc.font('Helvetica').fontSize(11).text(printable(report.project.title), { width: CONTENT });
  doc.moveDown(0.3).fontSize(9).fillColor('#444').text(printable(`Generated ${report.generatedAt} (UTC) by ${report.generatedBy.username} acting as ${report.generatedBy.role}.`));
  doc.fillColor('black');

  l.heading('Protocol and checklist');
  const current = (v: { version: number; title: string } | null) => (v ? `version ${v.version}, "${v.title}"` : 'none defined');
  l.paragraph(`Imaging protocol in force: ${current(report.protocol.current)}. QC checklist in force: ${current(report.checklist.current)}.`);
  l.table(
    [
      { title: 'Protocol version', width: 90 },
      { title: 'Title', width: 335 },
      { title: 'Exams checked against it', width: 70, align: 'right' },
    ],
    report.protocol.inUse.map((p) => [String(p.version), p.title, String(p.exams)]),
  );
  l.table(
    [
      { title: 'Checklist version', width: 90 },
      { title: 'Title', width: 335 },
      { title: 'Reviews graded on it', width: 70, align: 'right' },
    ],
    report.checklist.inUse.map((c) => [String(c.version), c.title, String(c.reviews)]),
  );
  l.paragraph(
    `Exams are counted only while their subject's information/consent allows processing; ${figures.examsLeftOut} exam(s) of subjects who objected or withdrew are left out of every figure.`,
  );

  l.heading('Exams per centre');
  const n = (f: CentreFigures) => Object.values(f.examsByState).reduce((a, b) => a + b, 0);
  l.table(
    [
      { title: 'Centre', width: 115 },
      { title: 'Exams', width: 38, align: 'right' },
      { title: 'Receiving', width: 45, align: 'right' },
      { title: 'Checks failed', width: 45, align: 'right' },
      { title: 'Awaiting', width: 42, align: 'right' },
      { title: 'In review', width: 42, align: 'right' },
      { title: 'Passed', width: 38, align: 'right' },
      { title: 'Remarks', width: 40, align: 'right' },
      { title: 'Failed', width: 35, align: 'right' },
      { title: 'Pass rate', width: 55, align: 'right' },
    ],
    everyone.map((f) => {
      const s = f.examsByState;
      return [f.centreName, String(n(f)), String(s.receiving), String(s['checks-failed']), String(s['awaiting-review']), String(s['in-review']), String(s['qc-passed']), String(s['qc-passed-with-remarks']), String(s['qc-failed']), pct(f.passRate)];
    }),
    true,
  );
  l.paragraph('Pass rate: exams passed, with or without remarks, among exams with a QC verdict.');
  l.bars('QC pass rate per centre', everyone.map((f) => ({ label: f.centreName, value: f.passRate, text: `${pct(f.passRate)} of ${f.reviewed}` })), 1);
  l.stackedGrades('Grade distribution of the series reviewed', everyone);

  l.heading('Most frequent failed conformance rules');
  const failed = everyone.flatMap((f) => f.failedRules.map((r) => [f.centreName, r.rule, r.label, String(r.exams)]));
  if (failed.length === 0) l.paragraph('No conformance rule has failed.');
  else
    l.table(
      [
        { title: 'Centre', width: 130 },
        { title: 'Rule', width: 150 },
        { title: 'Label', width: 160 },
        { title: 'Exams', width: 55, align: 'right' },
      ],
      failed,
    );
  const artefacts = everyone.flatMap((f) => f.artefacts.map((a) => [f.centreName, a.code, String(a.series)]));
  if (artefacts.length > 0) {
    l.table(
      [
        { title: 'Centre', width: 130 },
        { title: 'Artefact seen in QC review', width: 310 },
        { title: 'Series', width: 55, align: 'right' },
      ],
      artefacts,
    );
  }

  l.heading('Queries to centres');
  l.table(
    [
      { title: 'Centre', width: 115 },
      { title: 'Opened', width: 40, align: 'right' },
      { title: 'Open', width: 34, align: 'right' },
      { title: 'Answered', width: 46, align: 'right' },
      { title: 'Closed', width: 38, align: 'right' },
      { title: 'Overdue', width: 42, align: 'right' },
      { title: 'Answer, median d', width: 45, align: 'right' },
      { title: 'Answer, p90 d', width: 45, align: 'right' },
      { title: 'Close, median d', width: 45, align: 'right' },
      { title: 'Close, p90 d', width: 45, align: 'right' },
    ],
    everyone.map((f) => {
      const q = f.queries;
      return [f.centreName, String(q.opened), String(q.open), String(q.answered), String(q.closed), String(q.overdue), days(q.toAnswer.medianDays), days(q.toAnswer.p90Days), days(q.toClose.medianDays), days(q.toClose.p90Days)];
    }),
    true,
  );
  l.paragraph('Turnaround in days from opening to the first answer (a reply or a re-submission) and to the latest close; overdue: still open after the due date.');
  const maxDays = Math.max(1, ...everyone.map((f) => f.queries.toAnswer.medianDays ?? 0));
  l.bars('Median days to answer a query', everyone.map((f) => ({ label: f.centreName, value: f.queries.toAnswer.medianDays, text: `${days(f.queries.toAnswer.medianDays)} d (${f.queries.toAnswer.n})` })), maxDays);

  l.heading('Audit trail');
  const cp = report.audit.checkpoint;
  l.paragraph(
    `The generation of this report is audit event #${report.audit.seq}, the head of the tamper-evident audit chain at that moment; its hash is ${report.audit.hash}. The event records the SHA-256 digest of the figures above: ${report.figuresDigest}.`,
  );
  l.paragraph(
    cp
      ? `Latest signed checkpoint before it: event #${cp.seq}, hash ${cp.hash}, signed ${cp.signedAt} with platform key ${cp.keyId}. Signature (Ed25519, base64): ${cp.signature}`
      : 'No checkpoint of the chain had been signed yet.',
  );
  l.paragraph('To verify: export the audit trail and check it with corelab-verify; event #' + report.audit.seq + ' must be in the chain with this hash.');

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Text in the bottom margin would start a new page.
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(7).fillColor('#666');
    doc.text(printable(`Corelab QC report - ${report.project.code} - generated ${report.generatedAt} - page ${i + 1} of ${range.count}`), PAGE.margin, PAGE.height - PAGE.margin - 5, {
      width: CONTENT,
      align: 'center',
      lineBreak: false,
    });
  }
  doc.end();
  return done;
}
