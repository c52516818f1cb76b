import type { HttpContext } from '@adonisjs/core/http'
import { listProjectsValidator } from '#validators/projects'
import { accessOf, currentUser } from '#services/request_context'
import { listProjects } from '#services/projects/project_list'
import { projectPage } from '#services/projects/project_page'

/** 工程项目 pages: the list within the caller's scope and one project's page (404 outside it). */
export default class ProjectPagesController {
  async index(ctx: HttpContext) {
    const { page = 1, perPage = 20, q } = await ctx.request.validateUsing(listProjectsValidator, { data: ctx.request.qs() })
    const projects = await listProjects(await accessOf(ctx), { page, perPage, q })
    return ctx.inertia.render('projects/index', { ...projects, q: q ?? null })
  }

  async show(ctx: HttpContext) {
    const page = await projectPage(Number(ctx.params.id), await accessOf(ctx), currentUser(ctx))
    return ctx.inertia.render('projects/show', page)
  }
}
