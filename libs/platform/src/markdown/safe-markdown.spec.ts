import { renderSafeMarkdown } from './safe-markdown';

describe('renderSafeMarkdown', () => {
  it('renders the subset', () => {
    expect(renderSafeMarkdown('## Why\n\nWe **always** *ask* first.\nThen `listen`.\n\n- one\n- two\n\n1. a\n2. b\n\n> quoted')).toBe(
      [
        '<h2>Why</h2>',
        '<p>We <strong>always</strong> <em>ask</em> first.<br>Then <code>listen</code>.</p>',
        '<ul><li>one</li><li>two</li></ul>',
        '<ol><li>a</li><li>b</li></ol>',
        '<blockquote><p>quoted</p></blockquote>',
      ].join('\n'),
    );
  });

  it('links only to http, https and mailto, opening safely', () => {
    expect(renderSafeMarkdown('[guide](https://www.gov.uk/prevent?a=1&b=2)')).toBe(
      '<p><a href="https://www.gov.uk/prevent?a=1&amp;b=2" rel="noopener noreferrer nofollow" target="_blank">guide</a></p>',
    );
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'vbscript:x', '//evil.example']) {
      expect(renderSafeMarkdown(`[x](${url})`)).not.toContain('<a ');
    }
  });

  it('never lets markup or script through', () => {
    const attacks = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[x](https://a.example" onmouseover="alert(1))',
      '**<svg/onload=alert(1)>**',
      '`<iframe src=javascript:alert(1)>`',
      '<a href="javascript:alert(1)">x</a>',
    ];
    const allowed = /^<\/?(p|br|h[234]|strong|em|code|ul|ol|li|blockquote)>$|^<a href="https?:[^"]*" rel="noopener noreferrer nofollow" target="_blank">$/;
    for (const attack of attacks) {
      // Every real tag is one of the subset's; everything else arrived escaped, as text.
      for (const tag of renderSafeMarkdown(attack).match(/<[^>]*>/g) ?? []) expect(tag).toMatch(allowed);
    }
  });
});
