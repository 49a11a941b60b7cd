/** The components content authors use in MDX pages. Import them from here: `import { Rule } from 'handbok-sosiale-medier/components'`. */
export { default as Rule } from './Rule.astro';
export { default as Rules } from './Rules.astro';
export { default as Cite } from './Cite.astro';
export { default as ChangeNote } from './ChangeNote.astro';
export { default as SourceFacts } from './SourceFacts.astro';
export { default as BarChart } from './BarChart.astro';
export { default as ComparisonMatrix } from './ComparisonMatrix.astro';
export { default as Glossary } from './Glossary.astro';
export { default as RulesForAudience } from './RulesForAudience.astro';
export { default as LinkCard } from './LinkCard.astro';
export { default as WithExamples } from './WithExamples.astro';
export { default as WithoutExamples } from './WithoutExamples.astro';
export { default as Municipality } from './Municipality.astro';
export { default as IfInvented } from './IfInvented.astro';
export { default as PrintLink } from './PrintLink.astro';
export { default as Table } from './Table.astro';
