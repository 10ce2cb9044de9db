// Drives an MCP server with the official TypeScript SDK v2 client and checks what it gets back.
//
//   node ts-client.mjs [--era 2026-07-28|legacy|auto] --url http://127.0.0.1:PORT/mcp
//   node ts-client.mjs [--era 2026-07-28|legacy|auto] --stdio -- COMMAND [ARGS...]
//
// --era picks the protocol: a revision date pins that modern revision (the default, 2026-07-28),
// `legacy` runs the 2025 initialize handshake, `auto` lets the client probe with server/discover.
// Prints one JSON line {ok, transport, era, protocolVersion, server, checks:[{name, ok, detail}]}
// and exits 0 only if every check passed.
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';

const USAGE = 'usage: ts-client.mjs [--era 2026-07-28|legacy|auto] (--url URL | --stdio -- COMMAND [ARGS...])';
const TIMEOUT_MS = 30_000;

function parseArgs(argv) {
    const options = { era: '2026-07-28' };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--era') {
            options.era = argv[++i];
        } else if (arg === '--url') {
            options.url = argv[++i];
        } else if (arg === '--stdio') {
            if (argv[i + 1] === '--') i++;
            options.command = argv.slice(i + 1);
            break;
        } else {
            throw new Error(`unknown argument ${arg}; ${USAGE}`);
        }
    }
    if (!options.era || (options.url === undefined) === (options.command === undefined)
        || (options.command !== undefined && options.command.length === 0)) {
        throw new Error(USAGE);
    }
    return options;
}

function negotiation(era) {
    if (era === 'legacy' || era === 'auto') {
        return { mode: era };
    }
    return { mode: { pin: era } };
}

const texts = (content) => (content ?? []).filter((block) => block.type === 'text').map((block) => block.text);

async function main() {
    const options = parseArgs(process.argv.slice(2));
    const checks = [];
    const summary = { ok: false, transport: options.url ? 'http' : 'stdio', era: options.era, checks };
    const check = async (name, body) => {
        try {
            const detail = await body();
            checks.push({ name, ok: true, ...(detail === undefined ? {} : { detail }) });
        } catch (error) {
            checks.push({ name, ok: false, detail: String(error?.message ?? error) });
        }
    };
    const expect = (condition, message) => {
        if (!condition) throw new Error(message);
    };

    const elicitations = [];
    const client = new Client(
        { name: 'mcphex-ts-interop', version: '1.0.0' },
        {
            capabilities: { elicitation: { form: {} }, sampling: { tools: {} } },
            versionNegotiation: negotiation(options.era),
        },
    );
    client.setRequestHandler('elicitation/create', async (request) => {
        elicitations.push(request.params);
        return { action: 'accept', content: { name: 'Alice' } };
    });
    // The client's model: asked with the lookup_capital tool, it calls it once, then answers with its result.
    const samplings = [];
    client.setRequestHandler('sampling/createMessage', async (request) => {
        samplings.push(request.params);
        const last = request.params.messages.at(-1);
        const blocks = Array.isArray(last.content) ? last.content : [last.content];
        const result = blocks.find((block) => block.type === 'tool_result');
        if (result) {
            return {
                role: 'assistant', model: 'ts-test-model', stopReason: 'endTurn',
                content: { type: 'text', text: `The capital is ${texts(result.content).join('')}.` },
            };
        }
        if ((request.params.tools ?? []).some((tool) => tool.name === 'lookup_capital')) {
            return {
                role: 'assistant', model: 'ts-test-model', stopReason: 'toolUse',
                content: [{ type: 'tool_use', id: 'call-ts-1', name: 'lookup_capital', input: { country: 'France' } }],
            };
        }
        return { role: 'assistant', model: 'ts-test-model', content: { type: 'text', text: 'No tools offered.' } };
    });
    client.onerror = (error) => process.stderr.write(`client error: ${error?.message ?? error}\n`);

    const transport = options.url
        ? new StreamableHTTPClientTransport(new URL(options.url))
        : new StdioClientTransport({
            command: options.command[0],
            args: options.command.slice(1),
            env: { ...process.env },
            stderr: 'inherit',
        });

    let connected = false;
    await check('connect', async () => {
        await client.connect(transport, { timeout: TIMEOUT_MS });
        connected = true;
        summary.protocolVersion = client.getNegotiatedProtocolVersion();
        summary.protocolEra = client.getProtocolEra();
        summary.server = client.getServerVersion();
        if (options.era !== 'legacy' && options.era !== 'auto') {
            expect(summary.protocolVersion === options.era,
                `negotiated ${summary.protocolVersion}, expected ${options.era}`);
        }
        return `${summary.protocolVersion} (${summary.protocolEra})`;
    });

    if (connected) {
        const request = { timeout: TIMEOUT_MS };
        await check('tools/list', async () => {
            const { tools } = await client.listTools(undefined, request);
            const names = tools.map((tool) => tool.name);
            for (const wanted of ['test_simple_text', 'test_input_required_result_elicitation']) {
                expect(names.includes(wanted), `${wanted} is not listed (got ${names.length} tools)`);
            }
            return `${names.length} tools`;
        });
        await check('tools/call test_simple_text', async () => {
            const result = await client.callTool({ name: 'test_simple_text', arguments: {} }, request);
            expect(!result.isError, `isError: ${JSON.stringify(result.content)}`);
            const text = texts(result.content).join('');
            expect(text === 'This is a simple text response for testing.', `unexpected text ${JSON.stringify(text)}`);
            return text;
        });
        await check('tools/call test_input_required_result_elicitation', async () => {
            const result = await client.callTool(
                { name: 'test_input_required_result_elicitation', arguments: {} }, request);
            expect(!result.isError, `isError: ${JSON.stringify(result.content)}`);
            const text = texts(result.content).join('');
            expect(elicitations.length === 1, `the elicitation handler ran ${elicitations.length} times`);
            expect(text.includes('Alice'), `result text lacks Alice: ${JSON.stringify(text)}`);
            return text;
        });
        await check('tools/call test_language_model', async () => {
            const result = await client.callTool(
                { name: 'test_language_model', arguments: { prompt: 'What is the capital of France?' } }, request);
            expect(!result.isError, `isError: ${JSON.stringify(result.content)}`);
            const text = texts(result.content).join('');
            expect(samplings.length === 2, `the sampling handler ran ${samplings.length} times`);
            expect(samplings[0].tools?.[0]?.name === 'lookup_capital', 'the first turn offered no lookup_capital');
            expect(text.includes('after 2 turn(s)') && text.includes('The capital is Paris.'),
                `unexpected text ${JSON.stringify(text)}`);
            return text;
        });
        await check('resources/read test://static-text', async () => {
            const { contents } = await client.readResource({ uri: 'test://static-text' }, request);
            expect(contents.length === 1, `${contents.length} contents`);
            expect(contents[0].uri === 'test://static-text', `uri ${contents[0].uri}`);
            expect(typeof contents[0].text === 'string' && contents[0].text.length > 0, 'no text');
            return contents[0].text;
        });
        await check('prompts/get test_simple_prompt', async () => {
            const { messages } = await client.getPrompt({ name: 'test_simple_prompt' }, request);
            expect(messages.length > 0, 'no messages');
            expect(messages[0].role === 'user', `role ${messages[0].role}`);
            const text = messages[0].content?.text;
            expect(typeof text === 'string' && text.length > 0, 'no text in the first message');
            return text;
        });
    }

    try {
        await client.close();
    } catch (error) {
        process.stderr.write(`close failed: ${error?.message ?? error}\n`);
    }
    summary.ok = checks.length > 0 && checks.every((c) => c.ok);
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return summary.ok ? 0 : 1;
}

main().then(
    (code) => process.exit(code),
    (error) => {
        process.stdout.write(`${JSON.stringify({ ok: false, error: String(error?.message ?? error) })}\n`);
        process.exit(2);
    },
);
