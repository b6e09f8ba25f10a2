import { TerraformStack, TerraformVariable } from 'cdktf';
import { AccessScope, ApplicationLinkSetup, DataCenterConnection, DataCenterConnectionProps, DataCenterCredentials } from '../../lib';
import { newStack, onlyResource, referencedAddress, resourcesOf, synthJson, SynthesizedStack } from '../helpers/synth';
import { ecPair, rsaPair } from '../helpers/keys';

function secret(stack: TerraformStack, name: string): string {
  return new TerraformVariable(stack, name, { type: 'string', sensitive: true }).stringValue;
}

/** The resource whose logical id comes from the construct path `path` ("a/b" -> "a_b_<hash>"). */
function resourceAt(json: any, type: string, path: string): { id: string; config: Record<string, any> } {
  const prefix = `${path.replace(/\//g, '_')}_`;
  const found = Object.entries(resourcesOf(json, type)).filter(([id]) => id.startsWith(prefix));
  if (found.length !== 1) throw new Error(`expected one ${type} at ${path}, found ${found.length}`);
  return { id: found[0][0], config: found[0][1] };
}

/** Data Center grants: restful resources on a permissions endpoint. */
function grantsOf(json: any): Array<Record<string, any>> {
  return Object.values(resourcesOf(json, 'restful_resource')).filter((r) => String(r.path).endsWith('/permissions/users'));
}

function connect(stack: TerraformStack, overrides: Partial<DataCenterConnectionProps> = {}): DataCenterConnection {
  return new DataCenterConnection(stack, 'bitbucket', {
    bitbucketUrl: 'https://bitbucket.example.com/bitbucket/',
    tfeHostname: 'tfe.example.com',
    organization: 'acme',
    serviceAccountName: 'svc-terraform',
    repositories: ['PLAT/network', 'APPS/payments'],
    adminCredentials: DataCenterCredentials.fromPassword('admin', secret(stack, 'bitbucket_password')),
    tfeToken: secret(stack, 'tfe_token'),
    ...overrides,
  });
}

describe('DataCenterConnection', () => {
  test('one generated key feeds the TFE client secret, its public key and the application link', () => {
    const stack = newStack();
    connect(stack);
    const json = synthJson(stack);

    const key = resourceAt(json, 'tls_private_key', 'bitbucket/key-pair/key');
    expect(key.config).toMatchObject({ algorithm: 'RSA', rsa_bits: 2048 });
    const keyAddress = `tls_private_key.${key.id}`;

    const client = onlyResource(json, 'tfe_oauth_client').config;
    expect(referencedAddress(client.secret, 'private_key_pem')).toBe(keyAddress);
    expect(referencedAddress(client.rsa_public_key, 'public_key_pem')).toBe(keyAddress);

    const consumer = Object.values(resourcesOf(json, 'restful_resource')).find((o) => String(o.path).endsWith('/authentication/consumer'))!;
    // Sent as Bitbucket stores it (bare base64 DER), or every plan would show a diff.
    expect(consumer.body.publicKey).toBe(`\${replace(${keyAddress}.public_key_pem, "/-----[A-Z ]+-----|[[:space:]]/", "")}`);
    expect(consumer.body).toMatchObject({ key: 'terraform-tfe.example.com-acme', outgoing: false, twoLOAllowed: false });
    expect(client.key).toBe('terraform-tfe.example.com-acme');
  });

  test('the OAuth client is bitbucket_data_center with http_url keeping and api_url dropping the context path', () => {
    const stack = newStack();
    connect(stack);
    const client = onlyResource(synthJson(stack), 'tfe_oauth_client').config;
    expect(client).toMatchObject({
      service_provider: 'bitbucket_data_center',
      http_url: 'https://bitbucket.example.com/bitbucket',
      api_url: 'https://bitbucket.example.com',
      organization: 'acme',
      organization_scoped: true,
    });
  });

  test('REPO_ADMIN for the service account on each repository, nothing broader', () => {
    const stack = newStack();
    connect(stack);
    const json = synthJson(stack);
    const grants = grantsOf(json);
    expect(grants.map((g) => `${g.path}:${g.create_query.name}:${g.create_query.permission}`).sort()).toEqual([
      '/rest/api/1.0/projects/APPS/repos/payments/permissions/users:svc-terraform:REPO_ADMIN',
      '/rest/api/1.0/projects/PLAT/repos/network/permissions/users:svc-terraform:REPO_ADMIN',
    ]);
    // Read back from the user list: a grant revoked by hand is not found, forgotten, and granted again.
    for (const grant of grants) {
      expect(grant).toMatchObject({
        create_method: 'PUT',
        update_method: 'PUT',
        update_query: grant.create_query,
        read_query: { filter: ['svc-terraform'], limit: ['1000'] },
        read_selector: 'values.#(user.name=="svc-terraform")',
        delete_query: { name: ['svc-terraform'] },
        body: { permission: 'REPO_ADMIN' },
      });
    }
  });

  test('PROJECT_ADMIN on the projects with AccessScope.PROJECT', () => {
    const stack = newStack();
    connect(stack, { accessScope: AccessScope.PROJECT });
    const json = synthJson(stack);
    expect(grantsOf(json).map((g) => `${g.path}:${g.body.permission}`).sort()).toEqual([
      '/rest/api/1.0/projects/APPS/permissions/users:PROJECT_ADMIN',
      '/rest/api/1.0/projects/PLAT/permissions/users:PROJECT_ADMIN',
    ]);
  });

  test('the managed application link is created by its computed id on the applinks endpoints, as JSON', () => {
    const stack = newStack();
    const connection = connect(stack);
    const json = synthJson(stack);
    const linkId = connection.applicationLink.linkId;
    const link = Object.values(resourcesOf(json, 'restful_resource')).find((o) => o.path === '/rest/applinks/3.0/applicationlink');
    expect(link).toMatchObject({
      create_method: 'PUT',
      // GET of an unknown single id may answer 500: the link is picked from the list, so a deleted link is recreated.
      read_selector: `applicationLinks.#(id=="${linkId}")`,
      update_method: 'POST',
      update_path: `/rest/applinks/3.0/applicationlink/${linkId}`,
      delete_path: `/rest/applinks/3.0/applicationlink/${linkId}`,
      force_new_attrs: ['rpcUrl', 'typeId'],
      body: { rpcUrl: 'https://tfe.example.com', displayUrl: 'https://tfe.example.com', typeId: 'generic' },
    });
    // No DELETE exists for the consumer (405): incoming OAuth is switched off on the link instead.
    const consumer = Object.values(resourcesOf(json, 'restful_resource')).find((o) => String(o.path).endsWith('/authentication/consumer'));
    expect(consumer).toMatchObject({
      path: `/rest/applinks-oauth/1.0/applicationlink/${linkId}/authentication/consumer`,
      read_selector: 'consumers.#(key=="terraform-tfe.example.com-acme")',
      delete_method: 'PUT',
      delete_path: `/rest/applinks/3.0/status/${linkId}/oauth`,
      delete_body: { incoming: { enabled: false }, outgoing: { enabled: false } },
    });
    const api = json.provider!.restful.find((p: any) => p.base_url === 'https://bitbucket.example.com/bitbucket')!;
    expect(api.header).toEqual({ 'Accept': 'application/json', 'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check' });
    expect(api.security.http.basic).toEqual({ username: 'admin', password: '${var.bitbucket_password}' });
  });

  test('one application URL per organization with applicationUrlPerOrganization', () => {
    const stack = newStack();
    connect(stack, { applicationUrlPerOrganization: true });
    const link = Object.values(resourcesOf(synthJson(stack), 'restful_resource')).find((o) => o.path === '/rest/applinks/3.0/applicationlink');
    expect(link!.body.rpcUrl).toBe('https://tfe.example.com/app/acme');
  });

  test('a manual application link creates no restapi resource and outputs what to paste', () => {
    const stack = newStack();
    const connection = connect(stack, { applicationLinkSetup: ApplicationLinkSetup.manual() });
    const json = synthJson(stack);
    expect(Object.values(resourcesOf(json, 'restful_resource')).filter((o) => String(o.path).includes('applinks'))).toEqual([]);
    const outputs = Object.values(json.output!).map((o) => o.value);
    const instructions = outputs.find((v) => typeof v === 'string' && v.includes('Incoming Authentication'));
    expect(instructions).toContain('https://bitbucket.example.com/bitbucket/plugins/servlet/applinks/listApplicationLinks');
    expect(instructions).toContain('Consumer Key "terraform-tfe.example.com-acme"');
    expect(instructions).toContain('"https://tfe.example.com"');
    expect(connection.applicationLink.link).toBeUndefined();
  });

  test('outputs: client id, consumer key, public key and the next step naming the service account', () => {
    const stack = newStack();
    connect(stack);
    const json = synthJson(stack);
    const byDescription = Object.fromEntries(Object.values(json.output!).map((o) => [o.description, o.value]));
    expect(byDescription['TFE OAuth client id (oc-...)']).toMatch(/^\$\{tfe_oauth_client\.[^.]+\.id\}$/);
    expect(byDescription['OAuth consumer key of the application link and the TFE client']).toBe('terraform-tfe.example.com-acme');
    expect(byDescription['Public key registered on the application link']).toMatch(/public_key_pem/);
    const nextStep = byDescription['The one manual step before onboarding repositories'];
    expect(nextStep).toContain('https://tfe.example.com/app/acme/settings/version-control');
    expect(nextStep).toContain('Connect organization');
    expect(nextStep).toContain('logged in as "svc-terraform", not as an administrator');
  });

  test('a project-limited client is not organization-scoped and is attached to each project', () => {
    const stack = newStack();
    connect(stack, { tfeProjectIds: ['prj-abc123', 'prj-def456'] });
    const json = synthJson(stack);
    expect(onlyResource(json, 'tfe_oauth_client').config.organization_scoped).toBe(false);
    expect(Object.values(resourcesOf(json, 'tfe_project_oauth_client')).map((p) => p.project_id).sort()).toEqual(['prj-abc123', 'prj-def456']);
  });

  test('a created service account is granted through a reference, so the grant waits for the user', () => {
    const stack = newStack();
    connect(stack, { createServiceAccount: true, serviceAccountEmail: 'terraform@example.com' });
    const json = synthJson(stack);
    const user = onlyResource(json, 'bitbucketserver_user');
    expect(user.config).toMatchObject({ name: 'svc-terraform', email_address: 'terraform@example.com' });
    for (const grant of grantsOf(json)) {
      expect(grant.create_query.name).toEqual([`\${bitbucketserver_user.${user.id}.name}`]);
    }
  });

  test('a supplied pair: token private key with a matching literal public key is used as given', () => {
    const stack = newStack();
    const pair = rsaPair();
    connect(stack, { privateKeyPem: secret(stack, 'private_key_pem'), publicKeyPem: pair.publicKeyPem });
    const json = synthJson(stack);
    // Only the clone key is generated.
    expect(Object.keys(resourcesOf(json, 'tls_private_key'))).toEqual([expect.stringContaining('clone-key')]);
    const client = onlyResource(json, 'tfe_oauth_client').config;
    expect(client.secret).toBe('${var.private_key_pem}');
    expect(client.rsa_public_key).toBe(pair.publicKeyPem);
    // A token half cannot be judged at synth: the public key derived from it at plan time must be the given one.
    const derived = Object.keys(json.data!.tls_public_key)[0];
    expect(json.data!.tls_public_key[derived].private_key_pem).toBe('${var.private_key_pem}');
    expect(client.lifecycle.precondition).toEqual([expect.objectContaining({
      condition: expect.stringContaining(`data.tls_public_key.${derived}.public_key_pem`),
      error_message: expect.stringContaining('DataCenterConnection.publicKeyPem is not the public key of DataCenterConnection.privateKeyPem'),
    })]);
  });

  test('providers are pinned and take their secrets from variables', () => {
    const stack = newStack();
    connect(stack);
    const json = synthJson(stack);
    expect(json.terraform!.required_providers).toMatchObject({
      restful: { source: 'magodo/restful', version: '= 0.25.2' },
      tfe: { source: 'hashicorp/tfe', version: '0.71.0' },
      tls: { source: 'hashicorp/tls', version: '4.1.0' },
    });
    expect(json.provider!.tfe[0].token).toBe('${var.tfe_token}');
    // Only a created service account needs the bitbucketserver provider.
    expect(json.terraform!.required_providers!.bitbucketserver).toBeUndefined();
    const tfeApi = json.provider!.restful.find((p: any) => p.base_url === 'https://tfe.example.com/api/v2')!;
    expect(tfeApi.security.http.token.token).toBe('${var.tfe_token}');
  });

  test('the stack is consistent Terraform: every reference, provider and dependency names something it declares', () => {
    const stack = newStack();
    connect(stack);
    const json = synthJson(stack) as SynthesizedStack & { data: Record<string, Record<string, any>>; resource: Record<string, Record<string, any>> };
    const declared = new Set<string>([
      ...Object.entries(json.resource).flatMap(([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`)),
      ...Object.entries(json.data).flatMap(([type, byName]) => Object.keys(byName).map((name) => `data.${type}.${name}`)),
      ...Object.keys(json.variable ?? {}).map((name) => `var.${name}`),
      ...Object.keys(json.locals ?? {}).map((name) => `local.${name}`),
    ]);
    const providers = new Set(Object.entries(json.provider!).flatMap(([type, configs]) => configs.map((c) => `${type}.${c.alias}`)));

    // References inside ${...} expressions: resources (type with an underscore), data sources, variables, locals.
    const expressions = [...JSON.stringify(json).matchAll(/\$\{((?:[^{}]|\{[^{}]*\})*)\}/g)].map((m) => m[1]);
    const references = new Set(expressions.flatMap((e) => [...e.matchAll(
      /(?<![\w.-])((?:data\.)?[a-z][a-z0-9]*(?:_[a-z0-9]+)+\.[A-Za-z][\w-]*|var\.[\w-]+|local\.[\w-]+)/g)].map((m) => m[1])));
    expect(references.size).toBeGreaterThanOrEqual(8);
    expect([...references].filter((r) => !declared.has(r))).toEqual([]);

    const blocks = [...Object.values(json.resource), ...Object.values(json.data)].flatMap((byName) => Object.values(byName));
    const named = blocks.filter((b) => b.provider !== undefined).map((b) => b.provider);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((p) => !providers.has(p))).toEqual([]);
    const dependencies = blocks.flatMap((b) => b.depends_on ?? []);
    expect(dependencies.length).toBeGreaterThan(0);
    expect(dependencies.filter((d: string) => !declared.has(d))).toEqual([]);
    // Each aliased provider is used by something.
    expect([...providers].filter((p) => !named.includes(p))).toEqual([]);
  });
});

describe('DataCenterConnection refuses bad input', () => {
  function error(overrides: Partial<DataCenterConnectionProps>): string {
    const stack = newStack();
    try {
      connect(stack, overrides);
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error('expected the connection to be refused');
  }

  test('a key pair whose halves do not belong together names both props', () => {
    const stack = newStack();
    const one = rsaPair();
    const other = rsaPair();
    expect(() => connect(stack, { privateKeyPem: one.privateKeyPem, publicKeyPem: other.publicKeyPem }))
      .toThrow(/DataCenterConnection\.publicKeyPem and DataCenterConnection\.privateKeyPem: .* do not belong together.*openssl rsa -in key.pem -pubout/);
  });

  test('a matching literal private key is refused because it would land in cdk.tf.json', () => {
    const pair = rsaPair();
    const message = error({ privateKeyPem: pair.privateKeyPem, publicKeyPem: pair.publicKeyPem });
    expect(message).toMatch(/DataCenterConnection\.privateKeyPem: \(a literal PEM private key\) would be written in clear into cdk\.tf\.json/);
    expect(message).toContain('sensitive: true');
    expect(message).not.toContain('PRIVATE KEY-----');
  });

  test('a short supplied key', () => {
    const stack = newStack();
    const short = rsaPair(1024);
    expect(() => connect(stack, { privateKeyPem: secret(stack, 'k'), publicKeyPem: short.publicKeyPem }))
      .toThrow('DataCenterConnection.publicKeyPem: (an RSA key of 1024 bits) is shorter than 2048 bits');
  });

  test('a short generated key', () => {
    expect(error({ rsaBits: 1024 })).toMatch(/DataCenterConnection\.rsaBits: 1024 is not a usable RSA key size.*2048/);
  });

  test('a key that is not RSA', () => {
    const stack = newStack();
    expect(() => connect(stack, { privateKeyPem: secret(stack, 'k'), publicKeyPem: ecPair().publicKeyPem }))
      .toThrow(/DataCenterConnection\.publicKeyPem: \(a ec key\) must be an RSA key/);
  });

  test('a public key that is not PEM', () => {
    const stack = newStack();
    expect(() => connect(stack, { privateKeyPem: secret(stack, 'k'), publicKeyPem: 'ssh-rsa AAAA' }))
      .toThrow(/DataCenterConnection\.publicKeyPem: .* is not an RSA public key/);
  });

  test('half a supplied pair', () => {
    const stack = newStack();
    expect(() => connect(stack, { privateKeyPem: secret(stack, 'k') }))
      .toThrow(/DataCenterConnection\.publicKeyPem: \(not set\) is required when the other half of the key pair is supplied/);
  });

  test('a Bitbucket URL without https', () => {
    expect(error({ bitbucketUrl: 'http://bitbucket.example.com' }))
      .toMatch(/DataCenterConnection\.bitbucketUrl: "http:\/\/bitbucket\.example\.com" must use https:\/\/.*allowInsecureHttp/);
  });

  test('http is accepted only with the explicit opt-in', () => {
    const stack = newStack();
    connect(stack, { bitbucketUrl: 'http://bitbucket.test:7990', allowInsecureHttp: true });
    expect(onlyResource(synthJson(stack), 'tfe_oauth_client').config.api_url).toBe('http://bitbucket.test:7990');
  });

  test('a Bitbucket URL with a query string', () => {
    expect(error({ bitbucketUrl: 'https://bitbucket.example.com/?next=/projects' })).toMatch(/must not have a query string or fragment/);
  });

  test('an empty repository list', () => {
    expect(error({ repositories: [] })).toMatch(/DataCenterConnection\.repositories: \[\] \(an empty list\) grants nothing.*leave the prop out/);
  });

  test('an unknown permission mode', () => {
    expect(error({ accessScope: 'team' as AccessScope }))
      .toMatch(/DataCenterConnection\.accessScope: "team" is not one of "repository", "project".*AccessScope\.REPOSITORY/);
  });

  test('an application link setup not made by ApplicationLinkSetup\'s factories', () => {
    expect(error({ applicationLinkSetup: 'auto' as unknown as ApplicationLinkSetup })).toBe('DataCenterConnection.applicationLinkSetup: "auto" is not an ApplicationLinkSetup. '
      + 'Fix: use ApplicationLinkSetup.managed() (Terraform creates the link) or ApplicationLinkSetup.manual() (an administrator does, from the outputs)');
  });

  test('a repository that is not PROJECT/slug', () => {
    expect(error({ repositories: ['network'] })).toMatch(/DataCenterConnection\.repositories\[0\]: "network" is not "<PROJECT KEY>\/<repository slug>"/);
  });

  test('a repository listed twice names both entries', () => {
    expect(error({ repositories: ['PLAT/network', 'APPS/x', 'plat/network'] }))
      .toMatch(/DataCenterConnection\.repositories\[2\]: "plat\/network" repeats DataCenterConnection\.repositories\[0\] \("PLAT\/network"\)/);
  });

  test('a literal admin password', () => {
    expect(() => DataCenterCredentials.fromPassword('admin', 'hunter2')).toThrow(
      'DataCenterCredentials.fromPassword(password): (a literal string) would be written in clear into cdk.tf.json. '
      + 'Fix: pass it as a token: new TerraformVariable(this, "bitbucket_password", { type: "string", sensitive: true }).stringValue');
    expect(() => DataCenterCredentials.fromToken('admin', 'BBDC-literal')).toThrow(/^DataCenterCredentials\.fromToken\(token\): \(a literal string\)/);
    expect(() => DataCenterCredentials.fromToken('Admin User', 'x')).toThrow(/^DataCenterCredentials\.fromToken\(username\): "Admin User"/);
  });

  test('credentials not made by DataCenterCredentials\' factories (a plain object from JavaScript)', () => {
    const stack = newStack();
    const plain = { username: 'admin', password: secret(stack, 'p') } as unknown as DataCenterCredentials;
    expect(() => connect(stack, { adminCredentials: plain })).toThrow(
      'DataCenterConnection.adminCredentials: (object) is not a DataCenterCredentials. Fix: pass DataCenterCredentials.fromPassword(username, password) or DataCenterCredentials.fromToken(username, token)');
  });

  test('a literal TFE token', () => {
    expect(error({ tfeToken: 'abc.atlasv1.def' })).toMatch(/DataCenterConnection\.tfeToken: \(a literal string\)/);
  });

  test('a TFE URL where a host name belongs', () => {
    expect(error({ tfeHostname: 'https://tfe.example.com/' })).toMatch(/DataCenterConnection\.tfeHostname: .* is a URL, not a host name.*"tfe\.example\.com"/);
  });

  test('an organization name with spaces', () => {
    expect(error({ organization: 'my org' })).toMatch(/DataCenterConnection\.organization: "my org" is not a TFE organization name/);
  });

  test('a created service account without an e-mail address', () => {
    expect(error({ createServiceAccount: true })).toMatch(/DataCenterConnection\.serviceAccountEmail: \(not set\) must be an e-mail address/);
  });

  test('a managed link without admin credentials', () => {
    expect(error({ adminCredentials: undefined })).toMatch(/DataCenterConnection\.adminCredentials: \(not set\) is required/);
  });

  test('a project id that is not prj-...', () => {
    expect(error({ tfeProjectIds: ['Default Project'] })).toMatch(/DataCenterConnection\.tfeProjectIds\[0\]: "Default Project" is not a TFE project id/);
  });
});
