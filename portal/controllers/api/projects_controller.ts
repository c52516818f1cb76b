import type { HttpContext } from '@adonisjs/core/http'
import Project from '#models/project'
import { createProjectValidator, listProjectsValidator } from '#validators/projects'
import { createProject } from '#actions/projects/create_project'
import { accessOf, actorOf } from '#services/request_context'
import { scopeProjects } from '#services/access/access'
import { listProjects } from '#services/projects/project_list'

/** 工程项目, always seen through the caller's data scope: what is outside it does not exist (404). */
export default class ProjectsController {
  async index(ctx: HttpContext) {
    const { page = 1, perPage = 20, q } = await ctx.request.validateUsing(listProjectsValidator, { data: ctx.request.qs() })
    return listProjects(await accessOf(ctx), { page, perPage, q })
  }

  async show(ctx: HttpContext) {
    const project = await scopeProjects(Project.query(), await accessOf(ctx))
      .where('projects.id', ctx.params.id)
      .preload('parties', (parties) => parties.preload('organization'))
      .firstOrFail()
    return project
  }

  async store(ctx: HttpContext) {
    const body = await ctx.request.validateUsing(createProjectValidator)
    const project = await createProject(body, await accessOf(ctx), actorOf(ctx))
    return ctx.response.created(project)
  }
}
