// The codebook as QDA-XML <Code> elements, both ways. Mapping: a variable is a top-level Code
// (isCodable="false") and its values are child Codes (isCodable="true"), nested values nested deeper.
// Reading other tools' files: a top-level Code with sub-codes becomes a variable; top-level Codes without
// sub-codes (a flat codebook) become the values of one variable named "Codes".
import type { Code, Variable } from '../../../shared/domain/coding';
import { allValues, normalizeColor, type ValueDraft, type VariableDraft } from './codebook-draft';
import { derivedGuid, normalizeGuid } from './guid';
import { parseValueDescription, parseVariableDescription, valueDescription, variableDescription } from './qda-markers';
import type { ReportBuilder } from './report';
import { attr, childText, children, unknownParts, type XmlElement } from './xml';

export const FLAT_VARIABLE_NAME = 'Codes';

function codeElement(guid: string, name: string, codable: boolean, color: string | undefined, description: string, nested: XmlElement[]): XmlElement {
  const element: XmlElement = { '@_guid': guid, '@_name': name, '@_isCodable': String(codable) };
  if (color && /^#[0-9a-fA-F]{6}$/.test(color)) element['@_color'] = color;
  if (description) element.Description = description;
  if (nested.length) element.Code = nested;
  return element;
}

/** <Code> elements for the codebook, archived variables and values included. */
export function codeElements(variables: Variable[]): XmlElement[] {
  return variables.map((v) => {
    const byParent = new Map<number | null, Code[]>();
    for (const c of v.codes) byParent.set(c.parentId, [...(byParent.get(c.parentId) ?? []), c]);
    const value = (c: Code): XmlElement =>
      codeElement(c.guid, c.label, true, c.color, valueDescription(c.description, c.numericCode, c.shortcut, c.archived), (byParent.get(c.id) ?? []).map(value));
    return codeElement(v.guid, v.name, false, undefined, variableDescription(v), (byParent.get(null) ?? []).map(value));
  });
}

/** How many <Code> elements codeElements writes: one per variable and one per value. */
export const codeElementCount = (variables: Variable[]): number => variables.reduce((n, v) => n + 1 + v.codes.length, 0);

export interface ReadCodebook {
  variables: VariableDraft[];
  /** Every <Code> GUID that codings may refer to, and the value it became. */
  valueByCodeGuid: Map<string, ValueDraft>;
  variableOf: Map<ValueDraft, VariableDraft>;
}

const CODE_PARTS = ['@guid', '@name', '@isCodable', '@color', 'Description', 'Code'];

/** Reads <Code> elements (of a .qdc or a project's CodeBook) into drafts; what does not fit is reported. */
export function readCodeElements(codes: XmlElement[], report: ReportBuilder): ReadCodebook {
  const result: ReadCodebook = { variables: [], valueByCodeGuid: new Map(), variableOf: new Map() };
  const identify = (code: XmlElement) => {
    const name = attr(code, 'name') ?? '';
    const guid = normalizeGuid(attr(code, 'guid'));
    if (!name.trim()) report.unmap(`a code without a name (GUID ${attr(code, 'guid') ?? 'none'}) was named "(unnamed)"`);
    if (!guid) report.unmap(`code "${name}" has no valid GUID (${attr(code, 'guid') ?? 'none'}); it was given a new one`);
    for (const part of unknownParts(code, CODE_PARTS)) report.unmap(`${part} of code "${name}" not imported`);
    return { name: name.trim() ? name : '(unnamed)', guid: guid ?? derivedGuid('unnamed-code', `${name}:${attr(code, 'guid') ?? ''}`), codable: attr(code, 'isCodable') !== 'false' };
  };
  const value = (code: XmlElement): ValueDraft => {
    const { name, guid, codable } = identify(code);
    if (!codable) report.unmap(`code "${name}" is not codable in the file; in Framebench every value can be coded`);
    const color = attr(code, 'color');
    if (color && !normalizeColor(color)) report.unmap(`colour "${color}" of code "${name}" is not #rrggbb or #rgb; a palette colour was used`);
    const draft: ValueDraft = { guid, label: name, color: normalizeColor(color), ...parseValueDescription(childText(code, 'Description')), children: [] };
    draft.children = children(code, 'Code').map(value);
    result.valueByCodeGuid.set(guid, draft);
    return draft;
  };
  const flat: ValueDraft[] = [];
  for (const code of codes) {
    const nested = children(code, 'Code');
    const { name, guid, codable } = identify(code);
    if (!nested.length && codable) {
      flat.push(value(code));
      continue;
    }
    const variable: VariableDraft = { guid, name, ...parseVariableDescription(childText(code, 'Description')), values: nested.map(value) };
    if (codable) {
      // A codable parent (MAXQDA, ATLAS.ti): the variable gets a value standing for the code itself.
      const itself: ValueDraft = { guid: derivedGuid('code-itself', guid), label: name, color: normalizeColor(attr(code, 'color')), children: [] };
      variable.values.unshift(itself);
      result.valueByCodeGuid.set(guid, itself);
      report.unmap(`code "${name}" is codable and has sub-codes: it became the variable "${name}", and codings on "${name}" itself go to its value "${name}"`);
    }
    result.variables.push(variable);
  }
  if (flat.length) {
    result.variables.push({ guid: derivedGuid('flat-codes', flat[0].guid!), name: FLAT_VARIABLE_NAME, values: flat });
    report.unmap(`${flat.length} top-level code${flat.length === 1 ? '' : 's'} without sub-codes became the values of the variable "${FLAT_VARIABLE_NAME}"`);
  }
  for (const variable of result.variables) for (const v of allValues(variable.values)) result.variableOf.set(v, variable);
  return result;
}

/** Sets group codes; Framebench has none, so each is listed as not imported. */
export function reportCodeSets(sets: XmlElement[], report: ReportBuilder) {
  for (const set of sets) {
    const members = children(set, 'MemberCode').length;
    report.unmap(`set "${attr(set, 'name') ?? '(unnamed)'}" (${members} code${members === 1 ? '' : 's'}) not imported: Framebench has no code sets`);
  }
}
