// REFI-QDA codebook files (.qdc, namespace urn:QDA-XML:codebook:1.0): export, and reading into a draft.
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../../shared/api/errors';
import type { ExportResult } from '../../../shared/exchange/types';
import { getCodebook } from '../coding/codebook';
import type { ProjectContext } from '../project/context';
import type { VariableDraft } from './codebook-draft';
import { unreadableFile } from './csv-reader';
import { writeAtomically } from './csv-writer';
import { codeElementCount, codeElements, readCodeElements, reportCodeSets } from './qda-codebook';
import type { ReportBuilder } from './report';
import { CODEBOOK_NS, children, ORIGIN, parseQdaXml, unknownParts, XML_DECLARATION, xmlBuilder, type XmlElement } from './xml';

export function buildQdc(ctx: ProjectContext): { xml: string; codes: number } {
  const variables = getCodebook(ctx, true);
  // The schema needs at least one <Code> in <Codes>.
  if (!variables.length) throw new UserError('the codebook is empty; there is nothing to export');
  const xml = xmlBuilder.build({ CodeBook: { '@_xmlns': CODEBOOK_NS, '@_origin': ORIGIN, Codes: { Code: codeElements(variables) } } }) as string;
  return { xml: XML_DECLARATION + xml, codes: codeElementCount(variables) };
}

export async function exportQdc(ctx: ProjectContext, file: string): Promise<ExportResult> {
  const { xml, codes } = buildQdc(ctx);
  const bytes = await writeAtomically(file, async (part) => fs.promises.writeFile(part, xml, 'utf8'));
  return { kind: 'qdc', path: path.resolve(file), rows: codes, bytes, counts: { codes }, warnings: [] };
}

export function readTextFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw unreadableFile(file, error);
  }
}

/** Reads a .qdc into drafts. Throws XmlFileError when the file is not a QDA-XML codebook. */
export function readQdc(file: string, report: ReportBuilder): VariableDraft[] {
  const root = parseQdaXml(readTextFile(file), 'CodeBook');
  for (const part of unknownParts(root, ['Codes', 'Sets', '@origin'])) report.unmap(`${part} of the codebook not imported`);
  const codes = children(root.Codes as XmlElement | undefined, 'Code');
  reportCodeSets(children(root.Sets as XmlElement | undefined, 'Set'), report);
  return readCodeElements(codes, report).variables;
}
