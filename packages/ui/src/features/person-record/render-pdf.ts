// The person's record (issue 19 §4, RGPD art. 15) as a PDF, drawn in the browser from the JSON the server produced
// (one audited act, no second call): the same sections as the screen, then the organisations that read the record.
import { copy } from '../../copy.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { BLUE_FRANCE, createPdf, GREY } from '../../pdf/index.ts';
import { personRecordName, personRecordSections, type PersonRecordJson } from './person-record.ts';

const t = copy.personRecord;

export async function renderPersonRecordPdf(record: PersonRecordJson): Promise<Uint8Array> {
  const name = personRecordName(record);
  const { doc, writer: w } = await createPdf({
    title: t.heading(name),
    subject: t.pdf.subject,
    author: 'Navette',
  });

  w.text(t.pdf.issuer, { size: 10, bold: true, color: GREY, gap: 14 });
  w.text(t.heading(name), { size: 20, bold: true, color: BLUE_FRANCE, gap: 4 });
  w.text(t.producedAt(formatDateTime(record.exportedAt)), { size: 10, color: GREY, gap: 2 });
  w.text(t.pdf.reference(record.personId), { size: 10, color: GREY, gap: 6 });
  w.text(t.pdf.intro, { size: 10, gap: 4 });
  w.rule();

  for (const section of personRecordSections(record)) {
    w.space(6);
    w.heading(`${section.title} (${section.rows.length})`);
    section.rows.forEach((fields, index) => {
      if (section.rows.length > 1) w.text(t.pdf.entry(index + 1), { size: 9, bold: true, color: GREY, gap: 2 });
      for (const field of fields) w.text(`${field.label} : ${field.value}`, { size: 10, indent: 8, gap: 1 });
      w.space(6);
    });
  }

  w.space(6);
  w.heading(t.readers);
  if (record.readers.length === 0) w.text(t.noReader, { size: 10 });
  for (const reader of record.readers)
    w.text(
      `• ${t.reader(
        reader.organisationName ?? t.unknownOrganisation,
        reader.reads,
        formatDateTime(reader.firstReadAt),
        formatDateTime(reader.lastReadAt),
      )}`,
      { size: 10, indent: 6 },
    );

  w.space(12);
  w.rule();
  w.text(t.pdf.footer, { size: 8, color: GREY });
  return doc.save();
}

/** The PDF's file name: the person's id and the day, never their name (as the JSON's). */
export function personRecordPdfFileName(record: PersonRecordJson): string {
  return `dossier-navette-${record.personId}-${record.exportedAt.slice(0, 10)}.pdf`;
}
