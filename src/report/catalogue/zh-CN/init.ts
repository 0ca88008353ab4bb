// 创建政策仓库并像客户那样构建它：`policy init`、它和 `policy import` 留下的占位符、Astro 集成。
import type { init as en } from '../en/init.ts';
import type { Translation } from '../types.ts';

export const init: Translation<typeof en> = {
  placeholder: (p) => ({
    message: `占位符 \`${p.text}\` 尚待填写`,
    hint: `请在此处写上它要求的内容（${p.asks || '真实的文字'}）；只要还有占位符，\`policy release\` 就会拒绝发布。${p.releasing ? '发布前请填写所有占位符（`policy check` 会逐一列出）。' : ''}`,
  }),
  'init-not-a-folder': (p) => ({ message: `${p.dir} 不是文件夹`, hint: '请为政策仓库指定一个新的或已有的文件夹：`policy init my-policy`。' }),
  'cli-init-one-folder': () => ({ message: '最多只能指定一个文件夹' }),
  'cli-init-created': (p) => ({ message: `  已创建 ${p.file}` }),
  'cli-init-kept': (p) => ({ message: `  已保留 ${p.file}（它已存在，未覆盖）` }),
  'cli-init-done': (p) => ({
    message: `policy init：已写入 ${p.created} 个文件${p.kept ? `，${p.kept} 个已有文件保持原样` : ''}。\n下一步：${p.into}npm install && npx policy check，然后逐一填写它列出的每个【待填写：…】。`,
  }),
  'astro-integration-missing': () => ({
    message: 'Astro 构建在读取其配置之前就结束了',
    hint: "astro.config.mjs 的 integrations 中是否有 policy-press/astro？应为 `integrations: [policyPress()]`，并 `import policyPress from 'policy-press/astro'`。",
  }),
  'build-without-astro-config': (p) => ({
    message: `${p.root} 中没有 astro.config.mjs：\`policy build\` 构建的是它所在项目的网站`,
    hint: "请在政策仓库中运行它，该仓库的 astro.config.mjs 中应有 `integrations: [policyPress()]`（import policyPress from 'policy-press/astro'）；`policy init` 会写出这个文件。",
  }),
};
