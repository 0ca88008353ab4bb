// Starting a policy repository and building it as a customer does: `policy init`, the
// placeholders it and `policy import` leave, the Astro integration.
export const init = {
  placeholder: (p: { text: string; asks?: string | undefined; releasing?: boolean | undefined }) => ({
    message: `Placeholder \`${p.text}\` is still to be filled in`,
    hint: `Write in its place what it asks for (${p.asks || 'the real text'}); \`policy release\` refuses a policy while any placeholder remains.${p.releasing ? ' Fill in every placeholder before releasing (`policy check` lists them).' : ''}`,
  }),
  'init-not-a-folder': (p: { dir: string }) => ({ message: `${p.dir} is not a folder`, hint: 'Give a new or existing folder for the policy repository: `policy init my-policy`.' }),
  'cli-init-one-folder': () => ({ message: 'give at most one folder' }),
  'cli-init-created': (p: { file: string }) => ({ message: `  created ${p.file}` }),
  'cli-init-kept': (p: { file: string }) => ({ message: `  kept    ${p.file} (it exists; not overwritten)` }),
  'cli-init-done': (p: { created: number; kept: number; into: string }) => ({
    message: `policy init: ${p.created} files written${p.kept ? `, ${p.kept} existing left as they were` : ''}.\nNext: ${p.into}npm install && npx policy check — then fill in every 【待填写：…】 it lists.`,
  }),
  'astro-integration-missing': () => ({
    message: 'The Astro build ended before it read its config',
    hint: "Is policy-press/astro in the integrations of astro.config.mjs? `integrations: [policyPress()]`, with `import policyPress from 'policy-press/astro'`.",
  }),
  'build-without-astro-config': (p: { root: string }) => ({
    message: `${p.root} has no astro.config.mjs: \`policy build\` builds the site of the project it runs in`,
    hint: "Run it in the policy repository, whose astro.config.mjs has `integrations: [policyPress()]` (import policyPress from 'policy-press/astro'); `policy init` writes one.",
  }),
} satisfies Record<string, (p: never) => { message: string; hint?: string | undefined }>;
